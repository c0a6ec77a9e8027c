import type { Requirement } from '../../../../shared/api/requirements-types';
import {
  REQUIREMENT_SOURCE_LABELS,
  REQUIREMENT_STATUS_LABELS,
  REQUIREMENT_TYPE_LABELS,
  VERIFICATION_METHOD_LABELS,
  type RequirementField,
} from '../../../../shared/requirements/fields';
import type { RequirementSortColumn } from '../../stores/requirements-store';

export interface Choice {
  value: string;
  label: string;
}

const choices = (labels: Record<string, string>, empty?: string): Choice[] => [
  ...(empty === undefined ? [] : [{ value: '', label: empty }]),
  ...Object.entries(labels).map(([value, label]) => ({ value, label })),
];

export const TYPE_CHOICES = choices(REQUIREMENT_TYPE_LABELS);
export const SOURCE_CHOICES = choices(REQUIREMENT_SOURCE_LABELS, 'Not stated');
export const METHOD_CHOICES = choices(VERIFICATION_METHOD_LABELS, 'Not chosen');
export const STATUS_CHOICES = choices(REQUIREMENT_STATUS_LABELS);

/** How a cell is edited in place: typed text, a choice, the item picker, or not at all. */
export type CellEditor = { kind: 'text'; multiline: boolean } | { kind: 'choice'; choices: Choice[] } | { kind: 'items' } | { kind: 'none' };

export interface RequirementColumn {
  id: string;
  header: string;
  /** The requirement field the cell shows and edits, when it is one. */
  field?: RequirementField;
  sort?: RequirementSortColumn;
  editor: CellEditor;
  display: (r: Requirement) => string;
}

const label = (list: Choice[], value: string) => list.find((c) => c.value === value)?.label ?? value;

/** The table's columns in order; the first (selection) is drawn by the grid itself. */
export const REQUIREMENT_COLUMNS: RequirementColumn[] = [
  { id: 'select', header: 'Select', editor: { kind: 'none' }, display: () => '' },
  { id: 'humanId', header: 'ID', sort: 'humanId', editor: { kind: 'none' }, display: (r) => r.humanId },
  { id: 'title', header: 'Title', field: 'title', sort: 'title', editor: { kind: 'text', multiline: false }, display: (r) => r.title },
  { id: 'text', header: 'Requirement', field: 'text', editor: { kind: 'text', multiline: true }, display: (r) => r.text.replace(/\s*\r?\n\s*/g, ' ⏎ ') },
  { id: 'type', header: 'Type', field: 'type', sort: 'type', editor: { kind: 'choice', choices: TYPE_CHOICES }, display: (r) => label(TYPE_CHOICES, r.type) },
  {
    id: 'source',
    header: 'Source',
    field: 'source',
    sort: 'source',
    editor: { kind: 'choice', choices: SOURCE_CHOICES },
    display: (r) => (r.source ? label(SOURCE_CHOICES, r.source) : '—'),
  },
  { id: 'acceptanceCriteria', header: 'Acceptance criteria', field: 'acceptanceCriteria', editor: { kind: 'text', multiline: true }, display: (r) => r.acceptanceCriteria || '—' },
  {
    id: 'verificationMethod',
    header: 'Verification',
    field: 'verificationMethod',
    sort: 'verificationMethod',
    editor: { kind: 'choice', choices: METHOD_CHOICES },
    display: (r) => (r.verificationMethod ? label(METHOD_CHOICES, r.verificationMethod) : '—'),
  },
  { id: 'status', header: 'Status', field: 'status', sort: 'status', editor: { kind: 'choice', choices: STATUS_CHOICES }, display: (r) => label(STATUS_CHOICES, r.status) },
  { id: 'items', header: 'Software item', editor: { kind: 'items' }, display: (r) => r.items.map((i) => i.humanId).join(', ') || 'None' },
  { id: 'class', header: 'Class', editor: { kind: 'none' }, display: (r) => (r.safetyClass ? `Class ${r.safetyClass}` : '—') },
];
