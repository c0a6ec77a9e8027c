import type { ExportFormat, RequirementsExport } from '../../../shared/api/requirement-types';
import { REQUIREMENT_FIELD_LABELS, REQUIREMENT_FIELDS } from '../../../shared/requirements/fields';
import { toCsv } from '../import/csv';
import { writeReqif } from '../import/reqif-write';
import { zipReqif } from '../import/reqifz';
import type { OpenProject } from '../projects/open-project';
import { itemsOf, softwareNodes } from './requirement-view';

/** ReqIF names where DOORS has a convention, so other tools map them unaided; our labels elsewhere. */
const REQIF_NAMES: Partial<Record<string, string>> = { humanId: 'ReqIF.ForeignID', title: 'ReqIF.Name', text: 'ReqIF.Text' };

const KEYS = ['humanId', ...REQUIREMENT_FIELDS, 'items'] as const;

/** Every requirement as rows of text, ID first and software items (human IDs) last, ready for CSV or ReqIF. */
function exportRows(project: OpenProject) {
  const nodes = softwareNodes(project);
  return project.requirements.all().map((row) => ({
    row,
    values: Object.fromEntries(
      KEYS.map((key) => [key, key === 'items' ? itemsOf(project, nodes, row.id).map((i) => i.humanId).join('; ') : row[key]]),
    ) as Record<(typeof KEYS)[number], string>,
  }));
}

function fileStem(project: OpenProject): string {
  return `${project.project.get().productName.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'project'}-requirements`;
}

export function exportRequirements(project: OpenProject, format: ExportFormat, at: string): RequirementsExport {
  const rows = exportRows(project);
  const stem = fileStem(project);
  if (format === 'csv') {
    const csv = toCsv([KEYS.map((k) => REQUIREMENT_FIELD_LABELS[k]), ...rows.map(({ values }) => KEYS.map((k) => values[k]))]);
    return { fileName: `${stem}.csv`, mimeType: 'text/csv', base64: Buffer.from(csv, 'utf8').toString('base64'), count: rows.length };
  }
  const name = (key: (typeof KEYS)[number]) => REQIF_NAMES[key] ?? REQUIREMENT_FIELD_LABELS[key];
  const xml = writeReqif({
    title: `${project.project.get().productName} software requirements`,
    createdAt: at,
    columns: KEYS.map(name),
    xhtmlColumn: name('text'),
    records: rows.map(({ row, values }) => ({ key: String(row.id), lastChange: row.updatedAt, values: Object.fromEntries(KEYS.map((k) => [name(k), values[k]])) })),
  });
  if (format === 'reqif') return { fileName: `${stem}.reqif`, mimeType: 'application/xml', base64: Buffer.from(xml, 'utf8').toString('base64'), count: rows.length };
  return { fileName: `${stem}.reqifz`, mimeType: 'application/zip', base64: Buffer.from(zipReqif(`${stem}.reqif`, xml)).toString('base64'), count: rows.length };
}
