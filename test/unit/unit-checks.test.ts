import { describe, expect, it } from 'vitest';
import { checkUnitChecks, type UnitCheck } from '../../shared/reviews/unit-checks';

const check = (over: Partial<UnitCheck> & Pick<UnitCheck, 'check'>): UnitCheck => ({
  outcome: 'passed',
  tool: '',
  detail: '',
  measuredPercent: null,
  requiredPercent: null,
  ...over,
});
const review = check({ check: 'code-review', tool: 'Pull request review' });
const coverage = (measuredPercent: number | null, outcome: UnitCheck['outcome'] = 'passed') => check({ check: 'coverage', outcome, measuredPercent, requiredPercent: 90 });

describe('unit verification checks (5.5.5)', () => {
  it('accepts checks that agree with each other and with the result', () => {
    expect(checkUnitChecks([review, check({ check: 'unit-tests', detail: '48 of 48 passed' }), coverage(94)], 'passed')).toBeNull();
    expect(checkUnitChecks([review, coverage(80, 'failed')], 'passed-with-obligations')).toBeNull();
  });

  it('refuses a repeated check, a check not run without a reason, and a record with nothing run', () => {
    expect(checkUnitChecks([review, review], 'passed')).toMatchObject({ field: 'unit.checks.1.check', message: 'Code review is listed twice.' });
    expect(checkUnitChecks([review, check({ check: 'static-analysis', outcome: 'not-run' })], 'passed')?.field).toBe('unit.checks.1.detail');
    expect(checkUnitChecks([check({ check: 'static-analysis', outcome: 'not-run', detail: 'No analyser for this language yet' })], 'passed')?.field).toBe('unit.checks');
    expect(checkUnitChecks([], 'passed')?.field).toBe('unit.checks');
  });

  it('holds coverage to its threshold and keeps percentages to coverage', () => {
    expect(checkUnitChecks([coverage(null)], 'passed')?.message).toMatch(/measured coverage and the threshold/);
    expect(checkUnitChecks([coverage(85)], 'passed')?.message).toBe('Coverage of 85% is below the 90% threshold, so it did not pass.');
    expect(checkUnitChecks([coverage(95, 'failed')], 'failed')?.message).toMatch(/reaches the 90% threshold/);
    expect(checkUnitChecks([check({ check: 'unit-tests', measuredPercent: 90 })], 'passed')?.message).toBe('Percentages belong to the coverage check only.');
  });

  it('lets no unit pass outright over a failed check', () => {
    expect(checkUnitChecks([review, check({ check: 'unit-tests', outcome: 'failed', detail: '1 of 48 failed' })], 'passed')).toMatchObject({ field: 'result' });
  });
});
