import { describe, expect, it } from 'vitest';
import { combinationFromRanges } from '../../shared/risk/combine';
import { combineP, evaluateRisk } from '../../shared/risk/evaluate';
import { defaultScales } from '../../shared/risk/presets';
import type { Acceptability, ProbabilityLevel, RiskScales } from '../../shared/risk/scales';
import { validateScales } from '../../shared/risk/validate-scales';

function levels(n: number, step: number): ProbabilityLevel[] {
  return Array.from({ length: n }, (_, i) => ({ name: `L${i + 1}`, definition: '', min: i === 0 ? 0 : step ** (n - i) }));
}

/** Scales of the given sizes with a diagonal matrix: unacceptable where p + s > sizes' mean. */
function sized(nS: number, nP: number, nP1: number, nP2: number, mode: RiskScales['probabilityMode']): RiskScales {
  const harms = ['none', 'non-serious', 'serious', 'death'] as const;
  const probability = levels(nP, 0.1);
  const p1 = levels(nP1, 0.1);
  const p2 = levels(nP2, 0.3);
  const acceptability: Acceptability[][] = probability.map((_, p) => Array.from({ length: nS }, (_s, s) => (p + s + 2 > (nP + nS) / 2 + 1 ? 'unacceptable' : 'acceptable')));
  return {
    probabilityUnit: 'per use',
    probabilityMode: mode,
    severity: Array.from({ length: nS }, (_, i) => ({ name: `S${i + 1}`, definition: '', harm: harms[Math.min(3, Math.floor((i * 4) / nS))] ?? 'death' })),
    probability,
    p1,
    p2,
    combination: combinationFromRanges(p1, p2, probability),
    acceptability,
  };
}

const SIZES = [3, 4, 5, 6];

describe('evaluateRisk for every scale size', () => {
  it('looks up every (P, S) cell of every single-P matrix from 3×3 to 6×6', () => {
    for (const nS of SIZES) {
      for (const nP of SIZES) {
        const scales = sized(nS, nP, 5, 5, 'single');
        expect(validateScales(scales).ok).toBe(true);
        for (let p = 1; p <= nP; p++) {
          for (let s = 1; s <= nS; s++) {
            const r = evaluateRisk(scales, { p, s });
            expect(r.ok && r.value).toMatchObject({ p, s, p1: null, p2: null, cell: `P${p} × S${s}`, acceptability: scales.acceptability[p - 1]?.[s - 1] });
          }
        }
        expect(evaluateRisk(scales, { p: nP + 1, s: 1 })).toEqual({ ok: false, problem: { field: 'p', message: `P is ${nP + 1} but its scale has levels 1 to ${nP}.` } });
        expect(evaluateRisk(scales, { p: 1, s: nS + 1 })).toEqual({ ok: false, problem: { field: 's', message: `S is ${nS + 1} but its scale has levels 1 to ${nS}.` } });
      }
    }
  });

  it('combines every (P1, P2) pair of every size through the table', () => {
    for (const nP1 of SIZES) {
      for (const nP2 of SIZES) {
        const scales = sized(5, 5, nP1, nP2, 'p1p2');
        expect(validateScales(scales).ok).toBe(true);
        for (let p1 = 1; p1 <= nP1; p1++) {
          for (let p2 = 1; p2 <= nP2; p2++) {
            const p = scales.combination[p1 - 1]?.[p2 - 1];
            const r = evaluateRisk(scales, { p1, p2, s: 3 });
            expect(r.ok && r.value).toMatchObject({ p1, p2, p, acceptability: scales.acceptability[(p ?? 1) - 1]?.[2] });
          }
        }
        expect(combineP(scales, nP1 + 1, 1)).toMatchObject({ ok: false, problem: { field: 'p1' } });
        expect(combineP(scales, 1, nP2 + 1)).toMatchObject({ ok: false, problem: { field: 'p2', message: `P2 is ${nP2 + 1} but its scale has levels 1 to ${nP2}.` } });
      }
    }
  });
});

describe('evaluateRisk on the default plan', () => {
  const scales = defaultScales();

  it('gives the level names and the matrix verdict', () => {
    const r = evaluateRisk(scales, { p1: 5, p2: 5, s: 5 });
    expect(r.ok && r.value).toEqual({ p1: 5, p2: 5, p: 5, s: 5, acceptability: 'unacceptable', cell: 'P5 × S5', probabilityName: 'Frequent', severityName: 'Catastrophic' });
    const low = evaluateRisk(scales, { p1: 1, p2: 1, s: 5 });
    expect(low.ok && low.value.acceptability).toBe('acceptable');
  });

  it('refuses the wrong form of probability, missing values, zero, fractions and negatives', () => {
    expect(evaluateRisk(scales, { p: 3, s: 2 })).toMatchObject({ ok: false, problem: { field: 'p', message: 'This plan estimates P as P1 × P2: give P1 and P2, not P.' } });
    expect(evaluateRisk(scales, { p1: 3, s: 2 })).toMatchObject({ ok: false, problem: { field: 'p2' } });
    expect(evaluateRisk(scales, { p1: 3, p2: 2 })).toMatchObject({ ok: false, problem: { field: 's' } });
    expect(evaluateRisk(scales, { p1: 0, p2: 2, s: 1 }, 'residual.')).toMatchObject({ ok: false, problem: { field: 'residual.p1' } });
    expect(evaluateRisk(scales, { p1: 2.5, p2: 2, s: 1 })).toMatchObject({ ok: false, problem: { field: 'p1' } });
    expect(evaluateRisk(scales, { p1: 2, p2: 2, s: -1 })).toMatchObject({ ok: false, problem: { field: 's' } });
    const single = { ...scales, probabilityMode: 'single' as const };
    expect(evaluateRisk(single, { p1: 1, p2: 1, s: 1 })).toMatchObject({
      ok: false,
      problem: { field: 'p1', message: 'This plan estimates one probability P: give P, not P1 and P2.' },
    });
    expect(evaluateRisk(single, { s: 1 })).toMatchObject({ ok: false, problem: { field: 'p' } });
  });
});
