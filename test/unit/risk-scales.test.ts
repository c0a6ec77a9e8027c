import { describe, expect, it } from 'vitest';
import { combinationFromRanges } from '../../shared/risk/combine';
import { defaultScales, fourSeverityScales, SCALE_PRESETS } from '../../shared/risk/presets';
import { rangeText, type RiskScales } from '../../shared/risk/scales';
import { riskScalesSchema } from '../../shared/risk/scales-schema';
import { validateScales } from '../../shared/risk/validate-scales';

function problemOf(scales: RiskScales) {
  const result = validateScales(scales);
  return result.ok ? null : result.problem;
}

describe('presets', () => {
  it('are valid, five by five with P1 × P2, and four severities with a single P', () => {
    for (const preset of SCALE_PRESETS) expect(problemOf(preset.make())).toBeNull();
    const five = defaultScales();
    expect([five.severity.length, five.probability.length, five.p1.length, five.p2.length, five.probabilityMode]).toEqual([5, 5, 5, 5, 'p1p2']);
    const four = fourSeverityScales();
    expect([four.severity.length, four.probability.length, four.probabilityMode]).toEqual([4, 5, 'single']);
    expect(four.severity.map((s) => s.harm)).toEqual(['none', 'non-serious', 'serious', 'death']);
  });

  it('hands out copies, so editing one plan never edits the preset', () => {
    const a = defaultScales();
    a.severity[0]!.name = 'Changed';
    a.acceptability[0]![0] = 'unacceptable';
    expect(defaultScales().severity[0]?.name).toBe('Negligible');
    expect(defaultScales().acceptability[0]?.[0]).toBe('acceptable');
  });

  it('suggests the P1 × P2 table from the upper ends of the ranges', () => {
    const s = defaultScales();
    // Upper ends 1e-5 × 1e-3 = 1e-8: the lowest P level; 1 × 1 = 1: the top one.
    expect(s.combination[0]?.[0]).toBe(1);
    expect(s.combination[4]?.[4]).toBe(5);
    // P1 certain (upper end 1) with P2 "Seldom" (upper end 1e-2) lands in P ≥ 1e-3.
    expect(s.combination[4]?.[1]).toBe(5);
    // P1 "Very unlikely" (1e-5) with P2 "Nearly always" (1): 1e-5 falls just below 1e-5, level 2.
    expect(s.combination[0]?.[4]).toBe(2);
    expect(combinationFromRanges(s.p1.slice(0, 3), s.p2.slice(0, 4), s.probability)).toHaveLength(3);
  });

  it('writes ranges in words', () => {
    const p = defaultScales().probability;
    expect([0, 1, 4].map((i) => rangeText(p, i))).toEqual(['< 1e-6', '1e-6 … 1e-5', '≥ 1e-3']);
  });
});

describe('validateScales', () => {
  it('refuses scales outside 3–6 levels, naming the scale', () => {
    const s = defaultScales();
    s.severity = s.severity.slice(0, 2);
    expect(problemOf(s)).toEqual({ field: 'severity', message: 'The severity scale needs 3 to 6 levels; it has 2.' });
    const p = defaultScales();
    p.p2 = [...p.p2, { name: 'Six', definition: '', min: 0.6 }, { name: 'Seven', definition: '', min: 0.7 }];
    expect(problemOf(p)?.field).toBe('p2');
  });

  it('refuses unnamed and duplicate levels', () => {
    const s = defaultScales();
    s.probability[2]!.name = ' ';
    expect(problemOf(s)).toMatchObject({ field: 'probability.2.name' });
    const d = defaultScales();
    d.severity[3]!.name = 'minor';
    expect(problemOf(d)?.message).toBe('severity levels 2 and 4 are both called "minor".');
  });

  it('refuses levels out of order', () => {
    const s = defaultScales();
    s.severity[1]!.harm = 'death';
    expect(problemOf(s)).toMatchObject({ field: 'severity.2.harm' });
    const p = defaultScales();
    p.p1[3]!.min = 1e-4;
    expect(problemOf(p)).toMatchObject({ field: 'p1.3.min' });
    const z = defaultScales();
    z.probability[0]!.min = 1e-9;
    expect(problemOf(z)?.message).toMatch(/lowest P level must start at 0/);
  });

  it('refuses a combination table with missing cells, out-of-scale cells or a dip', () => {
    const s = defaultScales();
    s.combination[2] = s.combination[2]!.slice(0, 4);
    expect(problemOf(s)).toMatchObject({ field: 'combination.2' });
    const o = defaultScales();
    o.combination[1]![1] = 6;
    expect(problemOf(o)).toMatchObject({ field: 'combination.1.1' });
    const d = defaultScales();
    d.combination[4]![4] = 1;
    expect(problemOf(d)?.message).toMatch(/cannot make harm less likely/);
  });

  it('refuses an acceptability matrix with a missing row or cell, or acceptable cells above unacceptable ones', () => {
    const s = defaultScales();
    s.acceptability.pop();
    expect(problemOf(s)).toMatchObject({ field: 'acceptability' });
    const c = defaultScales();
    c.acceptability[1] = ['acceptable', 'acceptable'];
    expect(problemOf(c)).toMatchObject({ field: 'acceptability.1' });
    const m = defaultScales();
    m.acceptability[4]![4] = 'acceptable';
    expect(problemOf(m)?.message).toMatch(/cannot become acceptable by growing more (severe|likely)/);
  });

  it('accepts every cell edited towards stricter', () => {
    const s = defaultScales();
    s.acceptability = s.acceptability.map((row) => row.map(() => 'unacceptable' as const));
    expect(problemOf(s)).toBeNull();
  });

  it('as a schema, reports the rule problem on the nested field', () => {
    const s = defaultScales();
    s.probability[3]!.min = 0.5;
    const parsed = riskScalesSchema.safeParse(s);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['probability', '4', 'min']);
  });
});
