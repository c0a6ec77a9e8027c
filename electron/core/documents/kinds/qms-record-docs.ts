import type { Block, ContentSection, DocumentContent } from '../../../../shared/documents/content';
import { choiceLabel, RECORD_KIND_DEFS, type FieldDef, type RecordKind } from '../../../../shared/qms/records';
import type { DocumentType } from '../../../../shared/api/documents-types';
import { DOCUMENT_TYPE_LABELS } from '../../../../shared/documents/type-labels';
import { recordRef } from '../canonical';
import type { DocumentTypeDef } from '../document-type-def';
import type { QmsRecordRow } from '../../qms/qms-records-repo';

/** A record as a document prints it: its ID and each field's value, choices as their labels. */
export interface PrintedRecord {
  humanId: string;
  kind: RecordKind;
  values: Record<string, string>;
  /** The raw state value, for grouping. */
  state: string;
}

/** Reads a stored record the way every QMS record document prints it. */
export function printedRecord(row: QmsRecordRow): PrintedRecord {
  const def = RECORD_KIND_DEFS[row.kind];
  const values = Object.fromEntries(def.fields.map((f) => [f.key, f.type === 'choice' ? choiceLabel(row.kind, f.key, row.fields[f.key] ?? '') : (row.fields[f.key] ?? '')]));
  return { humanId: row.humanId, kind: row.kind, values, state: row.fields[def.stateField] ?? '' };
}

/** How one kind of QMS record becomes a document. */
export interface RecordDocumentSpec {
  type: DocumentType;
  kind: RecordKind;
  docKey: string;
  title: string;
  /** ISO 13485 clause the records answer to. */
  clause: string;
  purpose: (manufacturer: string) => string;
  /** Said instead of a table when there are no records of the kind: a blank table reads as complete. */
  none: string;
  /** A table (one row per record) or one subsection per record (reports and minutes read as text). */
  layout: 'table' | 'sections';
  /** Record groups by state, each under its own heading; without, one group. */
  groups?: readonly { heading: string; states: readonly string[]; none: string }[];
}

const shown = (text: string) => text.trim() || 'Not recorded';

/** Relative column widths by field type: prose gets room, names more than choices and dates. */
const WIDTHS: Record<FieldDef['type'], number> = { longtext: 18, text: 13, choice: 9, date: 9 };

function table(spec: RecordDocumentSpec, records: readonly PrintedRecord[]): Block {
  const fields = RECORD_KIND_DEFS[spec.kind].fields;
  return {
    kind: 'table',
    columns: [{ header: 'ID', width: 9 }, ...fields.map((f) => ({ header: f.label, width: WIDTHS[f.type] }))],
    rows: records.map((r) => [r.humanId, ...fields.map((f) => shown(r.values[f.key] ?? ''))]),
  };
}

function recordSection(spec: RecordDocumentSpec, r: PrintedRecord): ContentSection {
  const def = RECORD_KIND_DEFS[spec.kind];
  const title = r.values[def.titleField] ?? '';
  return {
    heading: `${r.humanId} ${title}`.trim(),
    blocks: [{ kind: 'keyValue', rows: def.fields.filter((f) => f.key !== def.titleField).map((f) => [f.label, shown(r.values[f.key] ?? '')]) }],
  };
}

function groupContent(spec: RecordDocumentSpec, records: readonly PrintedRecord[], none: string): { blocks: Block[]; subsections: ContentSection[] } {
  if (records.length === 0) return { blocks: [{ kind: 'paragraph', text: none }], subsections: [] };
  if (spec.layout === 'table') return { blocks: [table(spec, records)], subsections: [] };
  return { blocks: [], subsections: records.map((r) => recordSection(spec, r)) };
}

/**
 * A QMS record document: every record of one kind, as the records hold it. With no records, or none in a
 * group, it says so in words rather than printing an empty table that could pass for a complete one.
 */
export function buildRecordDocument(spec: RecordDocumentSpec, manufacturer: string, records: readonly PrintedRecord[]): DocumentContent {
  const whole = { heading: `${RECORD_KIND_DEFS[spec.kind].plural} (ISO 13485 ${spec.clause})`, states: [], none: spec.none };
  const groups = spec.groups && records.length > 0 ? spec.groups : [whole];
  const sections = groups.map((g): ContentSection => {
    const members = g === whole ? records : records.filter((r) => g.states.includes(r.state));
    const { blocks, subsections } = groupContent(spec, members, g.none);
    return { heading: g.heading, blocks, ...(subsections.length ? { subsections } : {}) };
  });
  return {
    docKey: spec.docKey,
    title: spec.title,
    orientation: spec.layout === 'table' ? 'landscape' : 'portrait',
    purpose: spec.purpose(manufacturer),
    sections,
    records: records.map((r) =>
      recordRef(`qms:${r.humanId}`, RECORD_KIND_DEFS[spec.kind].label.toLowerCase(), `${r.humanId} ${r.values[RECORD_KIND_DEFS[spec.kind].titleField] ?? ''}`.trim(), r.values),
    ),
  };
}

export const RECORD_DOCUMENT_SPECS: readonly RecordDocumentSpec[] = [
  {
    type: 'capa-log',
    kind: 'capa',
    docKey: 'CAPA-LOG',
    title: 'CAPA log',
    clause: '8.5.2, 8.5.3',
    purpose: (m) =>
      `This log lists every corrective and preventive action of ${m}: the nonconformity and its risk, the root cause, the actions taken and the check of their effectiveness (ISO 13485 8.5.2, 8.5.3).`,
    none: 'No corrective or preventive action has been recorded.',
    layout: 'table',
  },
  {
    type: 'audit-reports',
    kind: 'audit',
    docKey: 'AUDIT-REPORTS',
    title: 'Internal audit reports',
    clause: '8.2.4',
    purpose: (m) => `This document reports each internal audit of the quality management system of ${m}: its scope, auditor, date, findings and conclusion (ISO 13485 8.2.4).`,
    none: 'No internal audit has been recorded.',
    layout: 'sections',
  },
  {
    type: 'management-reviews',
    kind: 'review',
    docKey: 'MGMT-REVIEWS',
    title: 'Management review minutes',
    clause: '5.6',
    purpose: (m) =>
      `These minutes record each management review of the quality management system of ${m}: who attended, the inputs reviewed, the decisions and actions, and when the next review is due (ISO 13485 5.6).`,
    none: 'No management review has been recorded.',
    layout: 'sections',
  },
  {
    type: 'supplier-list',
    kind: 'supplier',
    docKey: 'SUPPLIER-LIST',
    title: 'Approved supplier list',
    clause: '7.4.1',
    purpose: (m) =>
      `This list names the suppliers ${m} has evaluated, what each supplies, its criticality, the outcome of its evaluation and when it is re-evaluated (ISO 13485 7.4.1).`,
    none: 'No supplier has been recorded.',
    layout: 'table',
    groups: [
      { heading: 'Approved suppliers', states: ['qualified', 'conditional'], none: 'No supplier is approved.' },
      { heading: 'Suppliers not approved', states: ['pending', 'disqualified'], none: 'Every recorded supplier is approved.' },
    ],
  },
];

/** A record document's kind definition: one per project, written from the QMS records alone. */
export function recordDocumentDef(spec: RecordDocumentSpec): DocumentTypeDef {
  return {
    label: DOCUMENT_TYPE_LABELS[spec.type],
    singleton: true,
    dependsOn: ['qms_record', 'project'],
    keyAndTitle: () => ({ docKey: spec.docKey, title: spec.title, params: {} }),
    gather: (project) => buildRecordDocument(spec, project.project.get().manufacturer, project.qmsRecords.list(spec.kind).map(printedRecord)),
  };
}
