import { describe, expect, it } from 'vitest';
import type { RiskRow } from '../../shared/api/risk-types';
import type { RiskEstimate } from '../../shared/risk/evaluate';
import { DEFAULT_RISK_VIEW, viewRiskRows, type RiskView } from '../../shared/risk/table-view';

function estimate(p: number, s: number, acceptability: 'acceptable' | 'unacceptable'): RiskEstimate {
  return { p1: null, p2: null, p, s, acceptability, cell: `P${p} × S${s}`, probabilityName: '', severityName: '' };
}

function row(n: number, hazard: string, initial: RiskEstimate, residual: RiskEstimate | null, open: string[] = []): RiskRow {
  return {
    id: n,
    humanId: `RISK-${n}`,
    hazard: { id: n, humanId: `HAZ-${n}`, name: hazard, category: 'information-data' },
    sequenceOfEvents: '',
    situation: { id: n, humanId: `HS-${n}`, name: 'Situation' },
    harm: { id: n, humanId: `HARM-${n}`, name: 'Harm' },
    causes: [],
    initial,
    residual,
    controls: [],
    benefitRisk: '',
    open,
  };
}

const ROWS = [
  row(2, 'Wrong FEV1 shown', estimate(4, 4, 'unacceptable'), estimate(2, 4, 'acceptable')),
  row(10, 'Lost measurement', estimate(3, 2, 'acceptable'), null, ['Residual risk not estimated.']),
  row(9, 'Alarm missed', estimate(4, 4, 'unacceptable'), estimate(4, 4, 'unacceptable')),
];
const ids = (view: Partial<RiskView>) => viewRiskRows(ROWS, { ...DEFAULT_RISK_VIEW, ...view }).map((r) => r.humanId);

describe('risk table view', () => {
  it('sorts chain IDs as numbers and can reverse', () => {
    expect(ids({})).toEqual(['RISK-2', 'RISK-9', 'RISK-10']);
    expect(ids({ sort: { column: 'id', dir: 'desc' } })).toEqual(['RISK-10', 'RISK-9', 'RISK-2']);
  });

  it('narrows to a heat-map cell before or after control', () => {
    expect(ids({ cell: { when: 'initial', p: 4, s: 4 } })).toEqual(['RISK-2', 'RISK-9']);
    expect(ids({ cell: { when: 'residual', p: 4, s: 4 } })).toEqual(['RISK-9']);
    expect(ids({ cell: { when: 'residual', p: 3, s: 2 } })).toEqual([]);
  });

  it('filters by status and by text in any part of the chain', () => {
    expect(ids({ status: 'unacceptable-residual' })).toEqual(['RISK-9']);
    expect(ids({ status: 'residual-missing' })).toEqual(['RISK-10']);
    expect(ids({ status: 'open' })).toEqual(['RISK-10']);
    expect(ids({ text: 'fev1' })).toEqual(['RISK-2']);
    expect(ids({ text: 'haz-9' })).toEqual(['RISK-9']);
  });

  it('sorts by residual risk with unestimated chains lowest, ties by ID', () => {
    expect(ids({ sort: { column: 'residual', dir: 'asc' } })).toEqual(['RISK-10', 'RISK-2', 'RISK-9']);
    expect(ids({ sort: { column: 'initial', dir: 'desc' } })).toEqual(['RISK-9', 'RISK-2', 'RISK-10']);
  });

  it('leaves the input order alone', () => {
    viewRiskRows(ROWS, { ...DEFAULT_RISK_VIEW, sort: { column: 'hazard', dir: 'asc' } });
    expect(ROWS.map((r) => r.humanId)).toEqual(['RISK-2', 'RISK-10', 'RISK-9']);
  });
});
