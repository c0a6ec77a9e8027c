import type { RecordLabel } from '../../../shared/api/trace-types';
import type { TableExport } from '../../../shared/api/table-export';
import { relationPhrase } from '../../../shared/requirements/relation-kinds';
import { sheetOf, xlsxExport } from '../exports/export-file';
import type { OpenProject } from '../projects/open-project';
import { traceMatrix } from './trace-matrix';

/** Linked records by human ID, a suspect link marked so a filter finds it. */
const ends = (labels: readonly (RecordLabel & { suspect: boolean })[]) => labels.map((l) => `${l.humanId}${l.suspect ? ' (suspect)' : ''}`).join('; ');

/** The trace matrix as an Excel workbook: requirements with their items, risk controls and tests; SOUP with its items. */
export function exportTraceXlsx(project: OpenProject, at: string): Promise<TableExport> {
  const matrix = traceMatrix(project);
  const requirements = [
    ['Requirement', 'Title', 'Type', 'Risk control', 'Verification method', 'Software items', 'Risk controls', 'Tests', 'Related requirements'],
    ...matrix.rows.map((r) => [
      r.humanId,
      r.title,
      r.type,
      r.riskControl ? 'yes' : 'no',
      r.verificationMethod,
      ends(r.items),
      ends(r.riskControls),
      ends(r.tests),
      ends(r.relations.map((rel) => ({ ...rel, humanId: relationPhrase(rel) }))),
    ]),
  ];
  const soup = [['SOUP', 'Name', 'Version', 'Software items'], ...matrix.soup.map((s) => [s.humanId, s.title, s.version, ends(s.items)])];
  return xlsxExport(project, 'trace-matrix', [sheetOf('Requirements', requirements), sheetOf('SOUP', soup)], matrix.rows.length, at);
}
