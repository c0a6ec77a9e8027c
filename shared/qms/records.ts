/**
 * The records the procedures call for, kept as simple lists. Each kind's fields are defined here once,
 * so the core checks them, the screen draws its form from them and the documents print them alike.
 */
export const RECORD_KINDS = ['supplier', 'tool', 'capa', 'audit', 'review'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface FieldDef {
  key: string;
  label: string;
  type: 'text' | 'longtext' | 'date' | 'choice';
  options?: readonly { value: string; label: string }[];
  required?: boolean;
  help?: string;
}

export interface RecordKindDef {
  kind: RecordKind;
  label: string;
  plural: string;
  /** Human IDs are `<prefix>-001`. */
  prefix: string;
  /** The procedure that calls for the record. */
  procedure: string;
  fields: readonly FieldDef[];
  /** The field that names a record in lists and audit rows. */
  titleField: string;
  /** The field that says where the record stands, shown as a badge. */
  stateField: string;
}

const opts = (...pairs: [string, string][]) => pairs.map(([value, label]) => ({ value, label }));

export const RECORD_KIND_DEFS: Record<RecordKind, RecordKindDef> = {
  supplier: {
    kind: 'supplier',
    label: 'Supplier',
    plural: 'Qualified suppliers',
    prefix: 'SUP',
    procedure: 'SOP-PUR',
    titleField: 'name',
    stateField: 'status',
    fields: [
      { key: 'name', label: 'Supplier', type: 'text', required: true },
      { key: 'supplies', label: 'What it supplies', type: 'longtext', required: true },
      { key: 'criticality', label: 'Criticality', type: 'choice', required: true, options: opts(['critical', 'Critical'], ['major', 'Major'], ['minor', 'Minor']) },
      {
        key: 'status',
        label: 'Qualification',
        type: 'choice',
        required: true,
        options: opts(['pending', 'Evaluation pending'], ['qualified', 'Qualified'], ['conditional', 'Qualified with conditions'], ['disqualified', 'Disqualified']),
      },
      { key: 'evaluation', label: 'Evaluation', type: 'longtext', help: 'Certificates seen, questionnaire, audit, performance.' },
      { key: 'nextReview', label: 'Next re-evaluation', type: 'date' },
    ],
  },
  tool: {
    kind: 'tool',
    label: 'Software tool',
    plural: 'QMS software tools',
    prefix: 'TOOL',
    procedure: 'SOP-VAL',
    titleField: 'name',
    stateField: 'status',
    fields: [
      { key: 'name', label: 'Tool', type: 'text', required: true },
      { key: 'version', label: 'Version', type: 'text' },
      { key: 'use', label: 'Intended use', type: 'longtext', required: true },
      { key: 'risk', label: 'Risk of the use', type: 'choice', required: true, options: opts(['high', 'High'], ['medium', 'Medium'], ['low', 'Low']) },
      {
        key: 'status',
        label: 'Validation status',
        type: 'choice',
        required: true,
        options: opts(['planned', 'Planned'], ['in_progress', 'In progress'], ['validated', 'Validated'], ['not_required', 'Not required (low risk)'], ['retired', 'Retired']),
      },
      { key: 'evidence', label: 'Validation evidence', type: 'longtext', help: 'Where the validation report and test records are.' },
      {
        key: 'qualification',
        label: 'Last qualification run',
        type: 'longtext',
        help: 'For Cairn, written by "Validate Cairn on this computer": the report, its SHA-256 and the result.',
      },
    ],
  },
  capa: {
    kind: 'capa',
    label: 'CAPA',
    plural: 'CAPAs',
    prefix: 'CAPA',
    procedure: 'SOP-CAPA',
    titleField: 'title',
    stateField: 'state',
    fields: [
      { key: 'title', label: 'Title', type: 'text', required: true },
      {
        key: 'source',
        label: 'Source',
        type: 'choice',
        required: true,
        options: opts(
          ['complaint', 'Complaint'],
          ['audit', 'Audit finding'],
          ['problem', 'Problem report'],
          ['review', 'Management review'],
          ['supplier', 'Supplier'],
          ['other', 'Other'],
        ),
      },
      { key: 'kind', label: 'Kind', type: 'choice', required: true, options: opts(['corrective', 'Corrective'], ['preventive', 'Preventive']) },
      { key: 'description', label: 'Nonconformity and its risk', type: 'longtext', required: true },
      { key: 'rootCause', label: 'Root cause', type: 'longtext' },
      { key: 'actions', label: 'Actions (owner, due date)', type: 'longtext' },
      { key: 'effectiveness', label: 'Effectiveness check', type: 'longtext', help: 'The criterion set before the actions, and the result.' },
      {
        key: 'state',
        label: 'State',
        type: 'choice',
        required: true,
        options: opts(['open', 'Open'], ['actions', 'Actions in progress'], ['effectiveness', 'Effectiveness check'], ['closed', 'Closed']),
      },
    ],
  },
  audit: {
    kind: 'audit',
    label: 'Internal audit',
    plural: 'Internal audits',
    prefix: 'IA',
    procedure: 'SOP-IA',
    titleField: 'scope',
    stateField: 'state',
    fields: [
      { key: 'scope', label: 'Scope (processes and clauses)', type: 'text', required: true },
      { key: 'auditor', label: 'Auditor', type: 'text', required: true },
      { key: 'date', label: 'Date', type: 'date', required: true },
      { key: 'state', label: 'State', type: 'choice', required: true, options: opts(['planned', 'Planned'], ['reported', 'Reported'], ['closed', 'Closed']) },
      { key: 'findings', label: 'Findings', type: 'longtext', help: 'One per line: class (major, minor, observation), clause, what was found, CAPA.' },
      { key: 'conclusion', label: 'Conclusion', type: 'longtext' },
    ],
  },
  review: {
    kind: 'review',
    label: 'Management review',
    plural: 'Management reviews',
    prefix: 'MR',
    procedure: 'SOP-MR',
    titleField: 'date',
    stateField: 'state',
    fields: [
      { key: 'date', label: 'Date', type: 'date', required: true },
      { key: 'attendees', label: 'Attendees', type: 'text', required: true },
      { key: 'state', label: 'State', type: 'choice', required: true, options: opts(['planned', 'Planned'], ['held', 'Held'], ['actions-closed', 'Actions closed']) },
      { key: 'inputs', label: 'Inputs reviewed', type: 'longtext' },
      { key: 'decisions', label: 'Decisions and actions', type: 'longtext' },
      { key: 'nextReview', label: 'Next review', type: 'date' },
    ],
  },
};

export type RecordFields = Record<string, string>;

export interface RecordProblem {
  field: string;
  message: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** Checks a record's fields against its kind; the first problem found, or null. Empty optional fields are fine. */
export function checkRecordFields(kind: RecordKind, fields: RecordFields): RecordProblem | null {
  const def = RECORD_KIND_DEFS[kind];
  for (const key of Object.keys(fields)) {
    if (!def.fields.some((f) => f.key === key)) return { field: `fields.${key}`, message: `A ${def.label.toLowerCase()} has no field "${key}".` };
  }
  for (const f of def.fields) {
    const value = (fields[f.key] ?? '').trim();
    if (!value) {
      if (f.required) return { field: `fields.${f.key}`, message: `${f.label}: required.` };
      continue;
    }
    if (f.type === 'date' && !validDate(value)) return { field: `fields.${f.key}`, message: `${f.label}: give a date as YYYY-MM-DD.` };
    if (f.type === 'choice' && !f.options?.some((o) => o.value === value)) {
      return { field: `fields.${f.key}`, message: `${f.label}: one of ${f.options?.map((o) => o.value).join(', ')}.` };
    }
  }
  if (kind === 'capa' && fields.state === 'closed' && !(fields.effectiveness ?? '').trim()) {
    return { field: 'fields.effectiveness', message: 'A CAPA is closed only once its effectiveness has been checked (8.5.2): record the check first.' };
  }
  return null;
}

/** The label of a choice value, or the value itself. */
export function choiceLabel(kind: RecordKind, key: string, value: string): string {
  return RECORD_KIND_DEFS[kind].fields.find((f) => f.key === key)?.options?.find((o) => o.value === value)?.label ?? value;
}
