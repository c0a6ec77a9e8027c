import { describe, expect, it } from 'vitest';
import { byControlPreference, residualProblem, type ControlType } from '../../shared/risk/controls';
import { evaluateRisk, type RiskEstimate } from '../../shared/risk/evaluate';
import { defaultScales, fourSeverityScales } from '../../shared/risk/presets';
import { scaleEditProblem, type ChainValues } from '../../shared/risk/scale-usage';

const CHAINS: ChainValues[] = [
  { humanId: 'RISK-1', initial: { p1: 5, p2: 4, s: 5 }, residual: { p1: 2, p2: 4, s: 5 } },
  { humanId: 'RISK-2', initial: { p1: 3, p2: 2, s: 3 }, residual: null },
  { humanId: 'RISK-3', initial: { p1: 2, p2: 2, s: 4 }, residual: { p1: 1, p2: 1, s: 4 } },
];

describe('scaleEditProblem', () => {
  it('allows renaming and editing definitions and cells', () => {
    const next = defaultScales();
    next.severity[4]!.name = 'Fatal';
    next.acceptability[3]![1] = 'unacceptable';
    expect(scaleEditProblem(next, CHAINS)).toEqual({ ok: true, value: null });
  });

  it('refuses removing a severity level in use and says which chains and estimates use it', () => {
    const next = fourSeverityScales();
    next.probabilityMode = 'p1p2';
    expect(scaleEditProblem(next, CHAINS)).toEqual({
      ok: false,
      problem: { field: 'severity', message: 'Severity level 5 is in use by RISK-1 (initial and residual); change those estimates before removing the level.' },
    });
  });

  it('names the residual estimate when only the residual uses the level', () => {
    const next = defaultScales();
    next.p1 = next.p1.slice(0, 4);
    next.combination = next.combination.slice(0, 4);
    const chains: ChainValues[] = [{ humanId: 'RISK-9', initial: { p1: 4, p2: 1, s: 1 }, residual: { p1: 5, p2: 1, s: 1 } }];
    expect(scaleEditProblem(next, chains)).toMatchObject({ ok: false, problem: { field: 'p1', message: expect.stringContaining('RISK-9 (residual)') } });
    expect(scaleEditProblem(next, CHAINS)).toMatchObject({ ok: false, problem: { message: expect.stringContaining('P1 level 5 is in use by RISK-1 (initial)') } });
  });

  it('lets a level go when no chain uses it', () => {
    const next = defaultScales();
    next.p2 = next.p2.slice(0, 4);
    next.combination = next.combination.map((row) => row.slice(0, 4));
    expect(scaleEditProblem(next, CHAINS).ok).toBe(true);
  });

  it('refuses switching between P and P1 × P2 while chains hold the other form', () => {
    const single = { ...defaultScales(), probabilityMode: 'single' as const };
    expect(scaleEditProblem(single, CHAINS)).toMatchObject({
      ok: false,
      problem: { field: 'probabilityMode', message: expect.stringMatching(/^RISK-1 \(initial and residual\), RISK-2 \(initial\), RISK-3 \(initial and residual\) hold P1 × P2/) },
    });
    expect(scaleEditProblem(defaultScales(), [{ humanId: 'RISK-4', initial: { p: 2, s: 2 }, residual: null }])).toMatchObject({
      ok: false,
      problem: { message: expect.stringContaining('RISK-4 (initial) holds a single P') },
    });
    expect(scaleEditProblem(single, []).ok).toBe(true);
  });
});

function estimate(p1: number, p2: number, s: number): RiskEstimate {
  const r = evaluateRisk(defaultScales(), { p1, p2, s });
  if (!r.ok) throw new Error(r.problem.message);
  return r.value;
}
const types = (...t: ControlType[]) => t.map((type) => ({ type }));

describe('residualProblem', () => {
  const initial = estimate(5, 4, 5);

  it('credits a reduction in P or S only to design or protective controls', () => {
    expect(residualProblem(initial, estimate(2, 4, 5), types('protective-measure'))).toEqual({ ok: true, value: null });
    expect(residualProblem(initial, estimate(5, 4, 4), types('information-for-safety', 'inherent-safety'))).toEqual({ ok: true, value: null });
    expect(residualProblem(initial, estimate(2, 4, 5), types('information-for-safety'))).toEqual({
      ok: false,
      problem: {
        field: 'residual.p',
        message: 'Information for safety alone does not reduce the risk further: only a design or protective control can lower the residual P or S.',
      },
    });
    expect(residualProblem(initial, estimate(5, 4, 3), [])).toMatchObject({ ok: false, problem: { field: 'residual.s', message: expect.stringContaining('has no risk control') } });
  });

  it('accepts an unchanged residual whatever the controls, and refuses one above the initial risk', () => {
    expect(residualProblem(initial, initial, types('information-for-safety')).ok).toBe(true);
    expect(residualProblem(initial, initial, []).ok).toBe(true);
    const low = estimate(1, 1, 3);
    expect(residualProblem(low, estimate(1, 1, 4), types('inherent-safety'))).toMatchObject({ ok: false, problem: { field: 'residual.s' } });
    expect(residualProblem(low, estimate(5, 5, 3), types('inherent-safety'))).toMatchObject({ ok: false, problem: { field: 'residual.p' } });
  });

  it('orders controls as the standard prefers them', () => {
    const sorted = types('information-for-safety', 'inherent-safety', 'protective-measure').sort(byControlPreference);
    expect(sorted.map((c) => c.type)).toEqual(['inherent-safety', 'protective-measure', 'information-for-safety']);
  });
});
