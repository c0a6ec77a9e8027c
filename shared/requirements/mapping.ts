import {
  humanIdProblem,
  REQUIREMENT_FIELD_LABELS,
  REQUIREMENT_SOURCE_LABELS,
  REQUIREMENT_SOURCES,
  REQUIREMENT_STATUS_LABELS,
  REQUIREMENT_STATUSES,
  REQUIREMENT_TYPE_LABELS,
  REQUIREMENT_TYPES,
  VERIFICATION_METHOD_LABELS,
  VERIFICATION_METHODS,
  type RequirementField,
} from './fields';

/** What an import can fill: the requirement's fields, its ID, its software items, and the heading of a section. */
export const IMPORT_FIELDS = [
  'humanId',
  'title',
  'text',
  'type',
  'source',
  'sourceRef',
  'rationale',
  'acceptanceCriteria',
  'verificationMethod',
  'status',
  'items',
  'heading',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** How the mapping step names each field. */
export const IMPORT_FIELD_LABELS: Record<ImportField, string> = { ...REQUIREMENT_FIELD_LABELS, heading: 'Section heading' };

/** Letters and digits only, lower case: "Acceptance Criteria", "acceptance_criteria", "ReqIF.AcceptanceCriteria" and "ReqIFAcceptanceCriteria" meet. */
export const squash = (name: string) =>
  name
    .toLowerCase()
    .replace(/^reqif\.?/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Each fixed list's keys by their squashed key and label, built once per list: an import asks for every row. */
const squashedKeys = new WeakMap<readonly string[], Map<string, string>>();

/** A value in one of our fixed lists from what a file says: the key, its label or a common synonym, any case. */
function enumValue<T extends string>(raw: string, keys: readonly T[], labels: Record<T, string>, synonyms: Record<string, T>): T | undefined {
  let byName = squashedKeys.get(keys);
  if (!byName) {
    byName = new Map();
    // The first key whose key or label matches wins, as a search in list order would find it.
    for (const k of keys) for (const name of [squash(k), squash(labels[k])]) if (!byName.has(name)) byName.set(name, k);
    squashedKeys.set(keys, byName);
  }
  const wanted = squash(raw);
  return (byName.get(wanted) as T | undefined) ?? synonyms[wanted];
}

const TYPE_SYNONYMS: Record<string, (typeof REQUIREMENT_TYPES)[number]> = {
  function: 'functional',
  functionality: 'functional',
  capability: 'functional',
  timing: 'performance',
  io: 'input-output',
  inputs: 'input-output',
  outputs: 'input-output',
  interfaces: 'interface',
  alarms: 'alarm',
  warning: 'alarm',
  warnings: 'alarm',
  ui: 'usability',
  userinterface: 'usability',
  gui: 'usability',
  database: 'data',
  cybersecurity: 'security',
  network: 'network',
  itnetwork: 'network',
};
const SOURCE_SYNONYMS: Record<string, (typeof REQUIREMENT_SOURCES)[number]> = {
  userneeds: 'user-need',
  stakeholder: 'user-need',
  customer: 'user-need',
  system: 'system-requirement',
  systemrequirements: 'system-requirement',
  risk: 'risk-control',
  riskcontrolmeasure: 'risk-control',
  riskanalysis: 'risk-control',
  regulatory: 'regulation',
};
const STATUS_SYNONYMS: Record<string, (typeof REQUIREMENT_STATUSES)[number]> = {
  new: 'draft',
  proposed: 'draft',
  open: 'draft',
  inprogress: 'draft',
  accepted: 'approved',
  released: 'approved',
  reviewed: 'approved',
  done: 'implemented',
  closed: 'verified',
  tested: 'verified',
  deleted: 'obsolete',
  rejected: 'obsolete',
  retired: 'obsolete',
  deprecated: 'obsolete',
};
const METHOD_SYNONYMS: Record<string, (typeof VERIFICATION_METHODS)[number]> = {
  t: 'test',
  testing: 'test',
  i: 'inspection',
  review: 'inspection',
  a: 'analysis',
  d: 'demonstration',
  demo: 'demonstration',
};

/** One row of a source file: where it is (for messages) and its cells by column name. */
export interface SourceRow {
  where: string;
  cells: Record<string, string>;
  /** Sanitised XHTML of the cells that came as rich text (ReqIF), by column. */
  rich?: Record<string, string>;
}

/** A row as requirement fields, ready to compare with the project and write. */
export interface ImportedRecord {
  where: string;
  humanId: string | null;
  fields: Partial<Record<RequirementField, string>>;
  /** Item references as written (human ID or name); null when the file says nothing about items. */
  itemRefs: string[] | null;
}

export type RowOutcome =
  | { ok: true; record: ImportedRecord }
  | { ok: true; heading: string; skipped: string }
  | { ok: true; skipped: string }
  | { ok: false; where: string; field: ImportField; message: string };

function listOf(labels: Record<string, string>): string {
  return Object.keys(labels).join(', ');
}

/** Turns one source row into a requirement record, or says why it is skipped or wrong. */
export function rowToRecord(row: SourceRow, mapping: Partial<Record<ImportField, string>>): RowOutcome {
  const cell = (field: ImportField): string | undefined => {
    const column = mapping[field];
    return column === undefined ? undefined : (row.cells[column] ?? '');
  };
  const bad = (field: ImportField, message: string): RowOutcome => ({
    ok: false,
    where: row.where,
    field,
    message: `${row.where}, ${IMPORT_FIELD_LABELS[field]} ("${mapping[field] ?? ''}"): ${message}`,
  });
  const text = cell('text');
  // A heading names a section of the document; a requirement with one and no title of its own takes it as its title (DOORS).
  const heading = cell('heading')?.trim() || undefined;
  const title = cell('title') ?? heading;
  if (!text?.trim()) {
    const name = (heading ?? title)?.trim();
    return name
      ? { ok: true, heading: name, skipped: `${row.where}: no requirement text ("${name.slice(0, 60)}" looks like a heading).` }
      : { ok: true, skipped: `${row.where}: no requirement text.` };
  }

  const rawId = cell('humanId')?.trim() ?? '';
  const idProblem = rawId ? humanIdProblem(rawId) : null;
  if (idProblem) return bad('humanId', idProblem);

  const fields: Partial<Record<RequirementField, string>> = { text };
  if (title !== undefined) fields.title = title;
  for (const plain of ['sourceRef', 'rationale', 'acceptanceCriteria'] as const) {
    const value = cell(plain);
    if (value !== undefined) fields[plain] = value;
  }
  const enums = [
    ['type', REQUIREMENT_TYPES, REQUIREMENT_TYPE_LABELS, TYPE_SYNONYMS],
    ['source', REQUIREMENT_SOURCES, REQUIREMENT_SOURCE_LABELS, SOURCE_SYNONYMS],
    ['verificationMethod', VERIFICATION_METHODS, VERIFICATION_METHOD_LABELS, METHOD_SYNONYMS],
    ['status', REQUIREMENT_STATUSES, REQUIREMENT_STATUS_LABELS, STATUS_SYNONYMS],
  ] as const;
  // An empty cell leaves the field as it is (a new requirement gets the default), so a sparse file never wipes a choice.
  for (const [field, keys, labels, synonyms] of enums) {
    const raw = cell(field);
    if (raw === undefined || !raw.trim()) continue;
    const value = enumValue<string>(raw, keys, labels, synonyms);
    if (value === undefined) return bad(field, `"${raw.trim().slice(0, 80)}" is not one of ${listOf(labels)}.`);
    fields[field] = value;
  }
  const items = cell('items');
  const itemRefs =
    items === undefined || !items.trim()
      ? null
      : items
          .split(/[;,\n]/)
          .map((s) => s.trim())
          .filter(Boolean);
  return { ok: true, record: { where: row.where, humanId: rawId || null, fields, itemRefs } };
}
