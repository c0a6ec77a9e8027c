import type { RiskExport } from '../../../shared/api/risk-types';
import { riskExportRows } from '../../../shared/risk/export-rows';
import { toCsv } from '../import/csv';
import type { OpenProject } from '../projects/open-project';
import { riskRows } from './risk-view';

/** Every chain in ID order as CSV, so a fresh import numbers them as they were numbered here. */
export function exportRisksCsv(project: OpenProject): RiskExport {
  const rows = riskRows(project);
  const csv = toCsv(riskExportRows(rows, project.risk.plan.get().scales.probabilityMode));
  const stem = project.project.get().productName.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'project';
  return { fileName: `${stem}-risks.csv`, mimeType: 'text/csv', base64: Buffer.from(csv, 'utf8').toString('base64'), count: rows.length };
}
