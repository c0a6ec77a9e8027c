import { describe, expect, it } from 'vitest';
import { caseTags, mapJunitTest, type MappingLookups } from '../../shared/tests/junit-mapping';

const lookups: MappingLookups = {
  caseByHumanId: new Map([
    ['TC-1', 11],
    ['TC-2', 12],
  ]),
  casesByRequirement: new Map([['REQ-7', [11, 12]]]),
  saved: new Map([['spiro › measures flow', 12]]),
};

const test = (name: string, properties: { name: string; value: string }[] = [], fullName = name) => ({ name, fullName, properties });

describe('JUnit mapping rules', () => {
  it('finds [TC-n] tags in any case', () => {
    expect(caseTags('[tc-3] and [TC-12] then TC-4')).toEqual(['TC-3', 'TC-12']);
  });

  it('maps by tag first, then by requirement property, then by a saved name', () => {
    expect(mapJunitTest(test('[TC-2] does it', [{ name: 'requirement', value: 'REQ-7' }]), lookups)).toEqual({ caseIds: [12], by: 'id' });
    expect(mapJunitTest(test('does it', [{ name: 'Requirement', value: 'req-7' }]), lookups)).toEqual({ caseIds: [11, 12], by: 'requirement' });
    expect(mapJunitTest(test('measures flow', [], 'spiro › measures flow'), lookups)).toEqual({ caseIds: [12], by: 'saved' });
  });

  it('leaves a test unmapped when its tag names no case in force or its requirement has no case', () => {
    expect(mapJunitTest(test('[TC-99] ghost'), lookups)).toEqual({ caseIds: [], by: null });
    expect(mapJunitTest(test('x', [{ name: 'requirement', value: 'REQ-8' }]), lookups)).toEqual({ caseIds: [], by: null });
    expect(mapJunitTest(test('x', [{ name: 'owner', value: 'REQ-7' }]), lookups)).toEqual({ caseIds: [], by: null });
  });
});
