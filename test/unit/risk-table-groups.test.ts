import { describe, expect, it } from 'vitest';
import type { RiskCause, RiskRow } from '../../shared/api/risk-types';
import type { RiskEstimate } from '../../shared/risk/evaluate';
import { groupRiskRows, NO_ITEM_GROUP, type RiskLine } from '../../shared/risk/table-groups';
import { DEFAULT_RISK_VIEW, viewRiskRows } from '../../shared/risk/table-view';

const estimate = (p: number, s: number): RiskEstimate => ({ p1: null, p2: null, p, s, acceptability: 'acceptable', cell: '', probabilityName: '', severityName: '' });
const cause = (itemId: number, name: string): RiskCause => ({ itemId, itemHumanId: `SI-${itemId}`, itemName: name, category: 'functional-defect', description: '' });

function row(n: number, hazard: number, causes: RiskCause[], residual: RiskEstimate | null = null): RiskRow {
  return {
    id: n,
    humanId: `RISK-${n}`,
    hazard: { id: hazard, humanId: `HAZ-${hazard}`, name: `Hazard ${hazard}`, category: 'other' },
    sequenceOfEvents: '',
    situation: { id: 1, humanId: 'HS-1', name: n % 2 ? 'B situation' : 'A situation' },
    harm: { id: 1, humanId: 'HARM-1', name: 'Harm' },
    causes,
    initial: estimate((n % 5) + 1, 3),
    residual,
    controls: [],
    benefitRisk: '',
    open: [],
  };
}

const ROWS = [row(1, 10, [cause(3, 'Flow engine'), cause(3, 'Flow engine')]), row(2, 2, [cause(3, 'Flow engine'), cause(12, 'Sync')]), row(3, 10, [])];
const shape = (lines: RiskLine[]) => lines.map((l) => (l.kind === 'group' ? `${l.label} (${l.count}${l.collapsed ? ', collapsed' : ''})` : `  ${l.row.humanId}`));

describe('risk table groups', () => {
  it('groups by hazard in ID order with counts, keeping the rows in the order given', () => {
    expect(shape(groupRiskRows(ROWS, 'hazard', new Set()))).toEqual(['HAZ-2 Hazard 2 (1)', '  RISK-2', 'HAZ-10 Hazard 10 (2)', '  RISK-1', '  RISK-3']);
  });

  it('groups by software item, a chain under each item that can cause it, the chains without one last', () => {
    expect(shape(groupRiskRows(ROWS, 'item', new Set()))).toEqual([
      'SI-3 Flow engine (2)',
      '  RISK-1',
      '  RISK-2',
      'SI-12 Sync (1)',
      '  RISK-2',
      'No software item named (1)',
      '  RISK-3',
    ]);
  });

  it('keeps a collapsed group as its header only, and gives each line a unique key', () => {
    const lines = groupRiskRows(ROWS, 'item', new Set(['item:3', NO_ITEM_GROUP]));
    expect(shape(lines)).toEqual(['SI-3 Flow engine (2, collapsed)', 'SI-12 Sync (1)', '  RISK-2', 'No software item named (1, collapsed)']);
    const all = groupRiskRows(ROWS, 'item', new Set());
    expect(new Set(all.map((l) => l.key)).size).toBe(all.length);
  });

  it('without grouping is the rows themselves', () => {
    expect(shape(groupRiskRows(ROWS, '', new Set(['item:3'])))).toEqual(['  RISK-1', '  RISK-2', '  RISK-3']);
  });
});

describe('risk table sorting by any column', () => {
  const ids = (column: (typeof DEFAULT_RISK_VIEW)['sort']['column'], dir: 'asc' | 'desc' = 'asc', rows = ROWS) =>
    viewRiskRows(rows, { ...DEFAULT_RISK_VIEW, sort: { column, dir } }).map((r) => r.humanId);
  it('sorts by a record name, ties by ID', () => {
    expect(ids('situation')).toEqual(['RISK-2', 'RISK-1', 'RISK-3']);
  });
  it('sorts by a level, with a missing residual lowest', () => {
    expect(ids('p', 'desc')).toEqual(['RISK-3', 'RISK-2', 'RISK-1']);
    const withResidual = [ROWS[0] as RiskRow, row(2, 2, [], estimate(1, 3)), row(3, 10, [], estimate(4, 2))];
    expect(ids('residualP', 'asc', withResidual)).toEqual(['RISK-1', 'RISK-2', 'RISK-3']);
    expect(ids('residualS', 'desc', withResidual)).toEqual(['RISK-2', 'RISK-3', 'RISK-1']);
  });
});
