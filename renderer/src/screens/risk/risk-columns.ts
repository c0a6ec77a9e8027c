import type { RiskRow } from '../../../../shared/api/risk-types';
import type { RiskEstimate } from '../../../../shared/risk/evaluate';
import type { ProbabilityMode, RiskScales } from '../../../../shared/risk/scales';
import type { LevelCell, MatrixWhen, RiskSortColumn } from '../../../../shared/risk/table-view';
import { verdictText } from './risk-format';

type LevelPart = LevelCell['part'];

export interface RiskColumn {
  /** Also the sort key: every column sorts. */
  id: RiskSortColumn;
  header: string;
  /** Its track in the CSS grid template. */
  width: string;
  kind: 'id' | 'text' | 'level' | 'verdict' | 'open';
  level?: LevelCell;
  text: (r: RiskRow) => string;
}

function levelText(estimate: RiskEstimate | null, part: LevelPart): string {
  const value = estimate?.[part];
  return value === null || value === undefined ? '—' : `${part === 's' ? 'S' : 'P'}${value}`;
}

const levelColumn = (id: RiskSortColumn, header: string, when: MatrixWhen, part: LevelPart): RiskColumn => ({
  id,
  header,
  width: '4.5rem',
  kind: 'level',
  level: { when, part },
  text: (r) => levelText(r[when], part),
});

function controlsText(row: RiskRow): string {
  return row.controls.map((c) => `${c.humanId} ${c.name}${c.requirements.length ? ` (${c.requirements.map((r) => r.humanId).join(', ')})` : ' (no requirement)'}`).join('; ');
}

/** The table's columns for the plan's way of estimating P: P1 and P2 are edited where the plan combines them, P otherwise. */
export function riskColumns(mode: ProbabilityMode): RiskColumn[] {
  const initialP = mode === 'p1p2' ? [levelColumn('p1', 'P1', 'initial', 'p1'), levelColumn('p2', 'P2', 'initial', 'p2')] : [levelColumn('p', 'P', 'initial', 'p')];
  const residualP =
    mode === 'p1p2'
      ? [levelColumn('residualP1', 'Res. P1', 'residual', 'p1'), levelColumn('residualP2', 'Res. P2', 'residual', 'p2')]
      : [levelColumn('residualP', 'Res. P', 'residual', 'p')];
  return [
    { id: 'id', header: 'ID', width: '5.5rem', kind: 'id', text: (r) => r.humanId },
    { id: 'hazard', header: 'Hazard', width: 'minmax(9rem, 1fr)', kind: 'text', text: (r) => r.hazard.name },
    { id: 'situation', header: 'Hazardous situation', width: 'minmax(10rem, 1fr)', kind: 'text', text: (r) => r.situation.name },
    { id: 'harm', header: 'Harm', width: 'minmax(7rem, 0.8fr)', kind: 'text', text: (r) => r.harm.name },
    ...initialP,
    levelColumn('s', 'S', 'initial', 's'),
    { id: 'initial', header: 'Initial risk', width: '8.75rem', kind: 'verdict', text: (r) => `${r.initial.cell} ${verdictText(r.initial)}` },
    { id: 'controls', header: 'Controls (requirements)', width: 'minmax(11.5rem, 1.2fr)', kind: 'text', text: controlsText },
    ...residualP,
    levelColumn('residualS', 'Res. S', 'residual', 's'),
    { id: 'residual', header: 'Residual risk', width: '8.75rem', kind: 'verdict', text: (r) => (r.residual ? `${r.residual.cell} ${verdictText(r.residual)}` : verdictText(null)) },
    { id: 'open', header: 'Open', width: '5rem', kind: 'open', text: (r) => r.open.join(' ') },
  ];
}

/** The choices of a level cell: the plan's scale for that part, numbered as the matrix numbers them. */
export function levelChoices(scales: RiskScales, part: LevelPart): { value: string; label: string }[] {
  const scale = { p1: scales.p1, p2: scales.p2, p: scales.probability, s: scales.severity }[part];
  return scale.map((level, i) => ({ value: String(i + 1), label: `${i + 1} — ${level.name}` }));
}

/** The level a cell starts its editor on; an unestimated residual starts from the initial estimate. */
export function levelValue(row: RiskRow, cell: LevelCell): number | null {
  const estimate = cell.when === 'residual' ? (row.residual ?? row.initial) : row.initial;
  return estimate[cell.part];
}
