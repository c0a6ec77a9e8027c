import type { SoupView } from '../../../shared/api/soup-types';
import type { TableExport } from '../../../shared/api/table-export';
import { sheetOf, xlsxExport } from '../exports/export-file';
import type { OpenProject } from '../projects/open-project';
import { soupViewContext, toSoupView } from './soup-view';

/** The SOUP list's columns as people read them, each with how a SOUP item fills it. */
const COLUMNS: [string, (s: SoupView) => string][] = [
  ['SOUP ID', (s) => s.humanId],
  ['Name', (s) => s.name],
  ['Ecosystem', (s) => s.ecosystem],
  ['Version', (s) => s.version],
  ['Supplier', (s) => s.supplier],
  ['Licence', (s) => s.licence],
  ['Direct dependency', (s) => (s.direct ? 'yes' : 'no')],
  ['Purpose', (s) => s.purpose],
  ['Functional requirements', (s) => s.functionalRequirements],
  ['Performance requirements', (s) => s.performanceRequirements],
  ['Hardware and software requirements', (s) => s.hardwareSoftwareRequirements],
  ['Known anomalies reviewed', (s) => s.anomalyReview],
  ['Anomalies reviewed on', (s) => s.anomalyReviewedAt ?? ''],
  ['Risk level', (s) => s.riskLevel],
  ['Safety class', (s) => s.safetyClass],
  ['Used by', (s) => s.usedBy.map((u) => u.humanId).join('; ')],
  ['Still missing', (s) => s.missing.join(', ')],
];

/** The SOUP items in use as an Excel workbook, one row each. */
export function exportSoupXlsx(project: OpenProject, at: string): Promise<TableExport> {
  const context = soupViewContext(project);
  const items = project.soup.all(false).map((row) => toSoupView(row, context));
  const table = [COLUMNS.map(([header]) => header), ...items.map((s) => COLUMNS.map(([, cell]) => cell(s)))];
  return xlsxExport(project, 'soup', [sheetOf('SOUP', table)], items.length, at);
}
