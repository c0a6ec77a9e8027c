import { describe, expect, it } from 'vitest';
import { emptyFacts, type CheckFacts, type ReleaseFacts, type UnitFacts } from '../../shared/check/facts';
import { runCheck } from '../../shared/check/run-check';
import { unitWithoutPassedVerification } from '../../shared/check/rules/unit-rules';

const facts = (over: Partial<CheckFacts>): CheckFacts => ({ ...emptyFacts(), ...over });

const released: ReleaseFacts = { version: '1.0.0', status: 'released', createdAt: '2026-01-01T00:00:00Z', releasedAt: '2026-03-01T00:00:00Z' };
const draft: ReleaseFacts = { version: '1.1.0', status: 'draft', createdAt: '2026-03-02T00:00:00Z', releasedAt: null };

function unit(humanId: string, over: Partial<UnitFacts> = {}): UnitFacts {
  return { humanId, name: 'BLE session manager', class: 'B', createdAt: '2026-01-10T00:00:00Z', verifications: [], ...over };
}
const verification = (humanId: string, result: UnitFacts['verifications'][number]['result'], recordedAt = '2026-02-01T00:00:00Z') => ({ humanId, result, recordedAt });

describe('unit-without-passed-verification', () => {
  it('flags a class B unit of the released version with no unit verification, and one whose latest verification failed', () => {
    const found = unitWithoutPassedVerification.run(
      facts({
        releases: [released, draft],
        units: [unit('UNIT-7'), unit('UNIT-8', { class: 'C', verifications: [verification('REV-4', 'passed'), verification('REV-5', 'failed')] })],
      }),
    );
    expect(found).toEqual([
      expect.objectContaining({
        records: ['UNIT-7'],
        message: 'UNIT-7 BLE session manager (class B) is part of released version 1.0.0, but it has no passed unit verification: none recorded.',
      }),
      expect.objectContaining({ records: ['UNIT-8', 'REV-5'], message: expect.stringContaining('REV-5 failed') }),
    ]);
    const report = runCheck(facts({ releases: [released], units: [unit('UNIT-7')] }));
    expect(report.findings).toEqual([expect.objectContaining({ rule: 'unit-without-passed-verification', severity: 'error', clause: 'IEC 62304 5.5.5', home: 'verification' })]);
    expect(report.errors).toBe(1);
  });

  it('accepts a passed (or passed-with-obligations) latest verification, class A units, units newer than the release, and a project never released', () => {
    const units = [
      unit('UNIT-1', { verifications: [verification('REV-2', 'failed'), verification('REV-3', 'passed')] }),
      unit('UNIT-2', { verifications: [verification('REV-4', 'passed-with-obligations')] }),
      unit('UNIT-3', { class: 'A' }),
      unit('UNIT-4', { createdAt: '2026-03-05T00:00:00Z' }),
    ];
    expect(unitWithoutPassedVerification.run(facts({ releases: [released, draft], units }))).toEqual([]);
    expect(unitWithoutPassedVerification.run(facts({ releases: [draft], units: [unit('UNIT-7')] }))).toEqual([]);
  });
});
