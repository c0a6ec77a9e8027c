import type { RiskRow } from '../api/risk-types';
import type { RiskEstimate } from './evaluate';
import type { RiskGrouping } from './table-groups';

/** The matrix a heat-map cell belongs to: before or after control. */
export type MatrixWhen = 'initial' | 'residual';

/** A level the table edits in place: which estimate, and which of its parts. */
export interface LevelCell {
  when: MatrixWhen;
  part: 'p1' | 'p2' | 'p' | 's';
}

/** Every column of the table sorts: the records by name, the levels by number, the verdicts by cell. */
export const RISK_SORT_COLUMNS = [
  'id',
  'hazard',
  'situation',
  'harm',
  'p1',
  'p2',
  'p',
  's',
  'initial',
  'controls',
  'residualP1',
  'residualP2',
  'residualP',
  'residualS',
  'residual',
  'open',
] as const;
export type RiskSortColumn = (typeof RISK_SORT_COLUMNS)[number];

/** Which chains the status filter lets through. */
export const RISK_STATUS_FILTERS = ['', 'unacceptable-initial', 'unacceptable-residual', 'residual-missing', 'open'] as const;
export type RiskStatusFilter = (typeof RISK_STATUS_FILTERS)[number];

export const RISK_STATUS_FILTER_LABELS: Record<RiskStatusFilter, string> = {
  '': 'All chains',
  'unacceptable-initial': 'Unacceptable before control',
  'unacceptable-residual': 'Unacceptable after control',
  'residual-missing': 'Residual risk not estimated',
  open: 'With open points',
};

/** How the risk table is filtered and sorted on screen. */
export interface RiskView {
  text: string;
  status: RiskStatusFilter;
  /** A heat-map cell the table is narrowed to; null shows every cell. */
  cell: { when: MatrixWhen; p: number; s: number } | null;
  sort: { column: RiskSortColumn; dir: 'asc' | 'desc' };
  /** Group headers over the rows (see table-groups); filtering and sorting happen first. */
  group: RiskGrouping;
}

export const DEFAULT_RISK_VIEW: RiskView = { text: '', status: '', cell: null, sort: { column: 'id', dir: 'asc' }, group: '' };

/** Everything a person might search a chain for, in one lower-case string. */
function haystack(row: RiskRow): string {
  return [
    row.humanId,
    row.hazard.humanId,
    row.hazard.name,
    row.sequenceOfEvents,
    row.situation.humanId,
    row.situation.name,
    row.harm.humanId,
    row.harm.name,
    ...row.causes.map((c) => `${c.itemHumanId} ${c.itemName} ${c.description}`),
    ...row.controls.map((c) => `${c.humanId} ${c.name} ${c.requirements.map((r) => r.humanId).join(' ')}`),
  ]
    .join(' ')
    .toLowerCase();
}

function statusMatches(row: RiskRow, status: RiskStatusFilter): boolean {
  switch (status) {
    case '':
      return true;
    case 'unacceptable-initial':
      return row.initial.acceptability === 'unacceptable';
    case 'unacceptable-residual':
      return row.residual?.acceptability === 'unacceptable';
    case 'residual-missing':
      return row.residual === null;
    case 'open':
      return row.open.length > 0;
  }
}

function inCell(estimate: RiskEstimate | null, cell: NonNullable<RiskView['cell']>): boolean {
  return estimate !== null && estimate.p === cell.p && estimate.s === cell.s;
}

/** Orders estimates by P, then S; a missing estimate ranks below every cell. */
function rank(estimate: RiskEstimate | null): number {
  return estimate ? estimate.p * 100 + estimate.s : -1;
}

/** Chain numbers sort as numbers, so RISK-10 follows RISK-9. */
function compareIds(a: string, b: string): number {
  return a.localeCompare(b, undefined, { numeric: true });
}

type Compare = (a: RiskRow, b: RiskRow) => number;

/** Ties fall back to the chain ID so every order is stable and predictable. */
const thenById =
  (compare: Compare): Compare =>
  (a, b) =>
    compare(a, b) || compareIds(a.humanId, b.humanId);
const byText = (text: (r: RiskRow) => string): Compare => thenById((a, b) => text(a).localeCompare(text(b)));
/** A missing level (no residual yet, or P1 in a single-P plan) sorts below level 1. */
const byLevel = (when: 'initial' | 'residual', part: 'p1' | 'p2' | 'p' | 's'): Compare => thenById((a, b) => (a[when]?.[part] ?? 0) - (b[when]?.[part] ?? 0));

const COMPARE: Record<RiskSortColumn, Compare> = {
  id: (a, b) => compareIds(a.humanId, b.humanId),
  hazard: byText((r) => r.hazard.name),
  situation: byText((r) => r.situation.name),
  harm: byText((r) => r.harm.name),
  p1: byLevel('initial', 'p1'),
  p2: byLevel('initial', 'p2'),
  p: byLevel('initial', 'p'),
  s: byLevel('initial', 's'),
  initial: thenById((a, b) => rank(a.initial) - rank(b.initial)),
  controls: thenById((a, b) => a.controls.length - b.controls.length),
  residualP1: byLevel('residual', 'p1'),
  residualP2: byLevel('residual', 'p2'),
  residualP: byLevel('residual', 'p'),
  residualS: byLevel('residual', 's'),
  residual: thenById((a, b) => rank(a.residual) - rank(b.residual)),
  open: thenById((a, b) => a.open.length - b.open.length),
};

/** The rows the view shows, in its order; the input is left as it was. */
export function viewRiskRows(rows: readonly RiskRow[], view: RiskView): RiskRow[] {
  const text = view.text.trim().toLowerCase();
  const cell = view.cell;
  const shown = rows.filter(
    (row) => statusMatches(row, view.status) && (!cell || inCell(cell.when === 'initial' ? row.initial : row.residual, cell)) && (!text || haystack(row).includes(text)),
  );
  const compare = COMPARE[view.sort.column];
  const sign = view.sort.dir === 'asc' ? 1 : -1;
  return shown.sort((a, b) => sign * compare(a, b));
}
