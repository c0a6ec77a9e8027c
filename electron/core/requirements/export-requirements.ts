import type { ExportFormat, RequirementsExport } from '../../../shared/api/requirements-types';
import { REQUIREMENT_FIELD_LABELS, REQUIREMENT_FIELDS } from '../../../shared/requirements/fields';
import { toCsv } from '../import/csv';
import { writeReqif, type ReqifOutline, type ReqifTreeNode } from '../import/reqif-write';
import { zipReqif } from '../import/reqifz';
import { exportStem, sheetOf, xlsxExport } from '../exports/export-file';
import type { OpenProject } from '../projects/open-project';
import { softwareNodes } from './requirement-view';

/** ReqIF names where DOORS has a convention, so other tools map them unaided; our labels elsewhere. */
const REQIF_NAMES: Partial<Record<string, string>> = { humanId: 'ReqIF.ForeignID', title: 'ReqIF.Name', text: 'ReqIF.Text' };

const KEYS = ['humanId', ...REQUIREMENT_FIELDS, 'items'] as const;

/** Every requirement as rows of text, ID first and software items (human IDs) last, ready for CSV or ReqIF. */
function exportRows(project: OpenProject) {
  const nodes = softwareNodes(project);
  // Every requirement → item link read at once, not one query per requirement.
  const items = new Map<number, string[]>();
  for (const link of project.trace.between('requirement', 'software_item')) {
    const humanId = nodes.get(link.to.id)?.humanId;
    if (humanId === undefined) continue;
    const list = items.get(link.from.id);
    if (list) list.push(humanId);
    else items.set(link.from.id, [humanId]);
  }
  return project.requirements.all().map((row) => ({
    row,
    values: Object.fromEntries(KEYS.map((key) => [key, key === 'items' ? (items.get(row.id) ?? []).join('; ') : row[key]])) as Record<(typeof KEYS)[number], string>,
  }));
}

/** The documents imported with an outline, as trees keyed by outline node (sections) and requirement row id. */
function outlines(project: OpenProject): ReqifOutline[] {
  const documents = new Map<string, ReqifTreeNode[]>();
  const byNode = new Map<number, ReqifTreeNode>();
  for (const node of project.requirementStructure.outline()) {
    const tree: ReqifTreeNode = node.requirementId === null ? { section: node.title, key: String(node.id), children: [] } : { record: String(node.requirementId), children: [] };
    byNode.set(node.id, tree);
    const parent = node.parentId === null ? undefined : byNode.get(node.parentId);
    const top = documents.get(node.document);
    if (parent) parent.children.push(tree);
    else if (top) top.push(tree);
    else documents.set(node.document, [tree]);
  }
  return [...documents].map(([title, nodes]) => ({ title, nodes }));
}

export async function exportRequirements(project: OpenProject, format: ExportFormat, at: string): Promise<RequirementsExport> {
  const rows = exportRows(project);
  const stem = exportStem(project, 'requirements');
  const header = KEYS.map((k) => REQUIREMENT_FIELD_LABELS[k]);
  const table = rows.map(({ values }) => KEYS.map((k) => values[k]));
  if (format === 'csv') {
    return { fileName: `${stem}.csv`, mimeType: 'text/csv', base64: Buffer.from(toCsv([header, ...table]), 'utf8').toString('base64'), count: rows.length };
  }
  if (format === 'xlsx') return xlsxExport(project, 'requirements', [sheetOf('Requirements', [header, ...table])], rows.length, at);
  const name = (key: (typeof KEYS)[number]) => REQIF_NAMES[key] ?? REQUIREMENT_FIELD_LABELS[key];
  const xml = writeReqif({
    title: `${project.project.get().productName} software requirements`,
    createdAt: at,
    columns: KEYS.map(name),
    xhtmlColumn: name('text'),
    records: rows.map(({ row, values }) => ({
      key: String(row.id),
      lastChange: row.updatedAt,
      values: Object.fromEntries(KEYS.map((k) => [name(k), values[k]])),
      richText: row.textXhtml || undefined,
    })),
    documents: outlines(project),
    relations: project.trace
      .between('requirement', 'requirement')
      .map((l) => ({ from: String(l.from.id), to: String(l.to.id), type: l.relation?.name || (l.relation?.kind ?? 'related') })),
  });
  if (format === 'reqif') return { fileName: `${stem}.reqif`, mimeType: 'application/xml', base64: Buffer.from(xml, 'utf8').toString('base64'), count: rows.length };
  return { fileName: `${stem}.reqifz`, mimeType: 'application/zip', base64: Buffer.from(zipReqif(`${stem}.reqif`, xml)).toString('base64'), count: rows.length };
}
