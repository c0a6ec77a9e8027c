import { describe, expect, it } from 'vitest';
import { defaultScales, fourSeverityScales } from '../../shared/risk/presets';
import { resizeScale, withLevels, type ScaleKey } from '../../shared/risk/resize-scales';
import { validateScales } from '../../shared/risk/validate-scales';

const KEYS: ScaleKey[] = ['severity', 'probability', 'p1', 'p2'];

describe('resizeScale', () => {
  it('gives valid scales for every size from 3 to 6 of every scale, from both presets', () => {
    for (const make of [defaultScales, fourSeverityScales]) {
      for (const key of KEYS) {
        for (const count of [3, 4, 5, 6]) {
          const scales = resizeScale(make(), key, count);
          const result = validateScales(scales);
          expect(result.ok ? null : result.problem, `${key} × ${count}`).toBeNull();
          expect(scales[key]).toHaveLength(count);
        }
      }
    }
  });

  it('resizes the matrix with the severity and probability scales, repeating the strictest edge', () => {
    const wider = resizeScale(defaultScales(), 'severity', 6);
    expect(wider.acceptability.map((row) => row.length)).toEqual([6, 6, 6, 6, 6]);
    expect(wider.acceptability.map((row) => row[5])).toEqual(wider.acceptability.map((row) => row[4]));
    expect(wider.severity[5]).toEqual({ name: 'Level 6', definition: '', harm: 'death' });
    const taller = resizeScale(defaultScales(), 'probability', 6);
    expect(taller.acceptability).toHaveLength(6);
    expect(taller.acceptability[5]).toEqual(taller.acceptability[4]);
    expect(taller.probability[5]?.min).toBeCloseTo(1e-2);
    const narrower = resizeScale(defaultScales(), 'severity', 3);
    expect(narrower.acceptability).toEqual(defaultScales().acceptability.map((row) => row.slice(0, 3)));
  });

  it('suggests the P1 × P2 table again when P1 or P2 changes size, within the P scale', () => {
    const scales = resizeScale(defaultScales(), 'p2', 3);
    expect(scales.combination.map((row) => row.length)).toEqual([3, 3, 3, 3, 3]);
    const smallP = resizeScale(defaultScales(), 'probability', 3);
    expect(Math.max(...smallP.combination.flat())).toBeLessThanOrEqual(3);
  });

  it('keeps a hand-tuned P1 × P2 table when only a name changes, and picks a free placeholder name', () => {
    const tuned = defaultScales();
    tuned.combination = tuned.combination.map((row) => row.map(() => 5));
    const renamed = withLevels(
      tuned,
      'p1',
      tuned.p1.map((l, i) => (i === 0 ? { ...l, name: 'Hardly ever' } : l)),
    );
    expect(renamed.combination).toEqual(tuned.combination);
    const moved = withLevels(
      tuned,
      'p1',
      tuned.p1.map((l, i) => (i === 1 ? { ...l, min: 2e-5 } : l)),
    );
    expect(moved.combination).not.toEqual(tuned.combination);
    const clash = defaultScales();
    clash.severity[2] = { ...clash.severity[2]!, name: 'level 6' };
    expect(resizeScale(clash, 'severity', 6).severity[5]?.name).toBe('Level 7');
  });

  it('gives a new top probability level a start below 1 even when the top level starts high', () => {
    const high = defaultScales();
    high.p2 = high.p2.map((l, i) => (i === 4 ? { ...l, min: 0.5 } : l));
    const grown = resizeScale(high, 'p2', 6);
    expect(grown.p2[5]?.min).toBe(0.75);
  });
});
