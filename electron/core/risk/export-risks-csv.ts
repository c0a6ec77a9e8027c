import type { RiskExport } from '../../../shared/api/risk-types';
import type { TableExport } from '../../../shared/api/table-export';
import { riskExportRows } from '../../../shared/risk/export-rows';
import { exportStem, sheetOf, xlsxExport } from '../exports/export-file';
import { toCsv } from '../import/csv';
import type { OpenProject } from '../projects/open-project';
import { riskRows } from './risk-view';

/** The risk table in ID order, header first, so a fresh import numbers the chains as they were numbered here. */
function riskTable(project: OpenProject) {
  const rows = riskRows(project);
  return { table: riskExportRows(rows, project.risk.plan.get().scales.probabilityMode), count: rows.length };
}

/** Every chain in ID order as CSV, so a fresh import numbers them as they were numbered here. */
export function exportRisksCsv(project: OpenProject): RiskExport {
  const { table, count } = riskTable(project);
  return { fileName: `${exportStem(project, 'risks')}.csv`, mimeType: 'text/csv', base64: Buffer.from(toCsv(table), 'utf8').toString('base64'), count };
}

/** The same table as an Excel workbook, which risk.import reads back the same way. */
export function exportRisksXlsx(project: OpenProject, at: string): Promise<TableExport> {
  const { table, count } = riskTable(project);
  return xlsxExport(project, 'risks', [sheetOf('Risks', table)], count, at);
}
