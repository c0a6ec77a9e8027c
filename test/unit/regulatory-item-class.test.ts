import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../shared/regulatory/answer-schema';
import { classifyItem, decideItemClass, itemClassInputSchema } from '../../shared/regulatory/item-class';
import { RegulatoryInputError } from '../../shared/regulatory/problems';
import { compareSafetyClasses, effectiveSafetyClass } from '../../shared/regulatory/safety-class';

const segregation = { rationale: 'Runs on a separate processor with a one-way data link.', verification: 'Fault-injection test TC-031.' };

describe('safety class helpers', () => {
  it('treats a system or item that is not yet classified as class C', () => {
    expect(effectiveSafetyClass(null)).toBe('C');
    expect(effectiveSafetyClass(undefined)).toBe('C');
    expect(effectiveSafetyClass('A')).toBe('A');
  });

  it('orders the classes A < B < C', () => {
    expect(compareSafetyClasses('A', 'B')).toBeLessThan(0);
    expect(compareSafetyClasses('C', 'B')).toBeGreaterThan(0);
    expect(compareSafetyClasses('B', 'B')).toBe(0);
  });
});

describe('software item class', () => {
  it("inherits the parent's class when none is proposed", () => {
    expect(classifyItem({ parentClass: 'B' })).toEqual({ class: 'B', differsFromParent: false, rationale: expect.stringMatching(/^Class B: the item takes its parent's class B/) });
  });

  it("accepts the parent's class when proposed explicitly", () => {
    expect(classifyItem({ parentClass: 'C', itemClass: 'C' })).toMatchObject({ class: 'C', differsFromParent: false });
  });

  it('takes C from a parent that is not yet classified', () => {
    const result = classifyItem({ parentClass: null });
    expect(result.class).toBe('C');
    expect(result.rationale).toMatch(/parent has not been classified yet/);
  });

  it('accepts a lower class with a segregation rationale and its verification, quoting both', () => {
    const result = classifyItem({ parentClass: 'C', itemClass: 'A', segregation });
    expect(result).toMatchObject({ class: 'A', differsFromParent: true });
    expect(result.rationale).toContain(segregation.rationale);
    expect(result.rationale).toContain(segregation.verification);
  });

  it('accepts a lower class under an unclassified parent, which counts as C', () => {
    expect(classifyItem({ parentClass: null, itemClass: 'B', segregation })).toMatchObject({ class: 'B', differsFromParent: true });
  });

  it('refuses a lower class without a segregation rationale', () => {
    expect(decideItemClass({ parentClass: 'C', itemClass: 'B' })).toMatchObject({ ok: false, problem: { field: 'segregation.rationale' } });
    expect(decideItemClass({ parentClass: 'C', itemClass: 'B', segregation: { rationale: '   ', verification: 'x' } })).toMatchObject({
      ok: false,
      problem: { field: 'segregation.rationale' },
    });
  });

  it('refuses a lower class without saying how segregation is verified', () => {
    expect(decideItemClass({ parentClass: 'B', itemClass: 'A', segregation: { rationale: 'Separate process.' } })).toMatchObject({
      ok: false,
      problem: { field: 'segregation.verification', message: expect.stringMatching(/^Required/) },
    });
  });

  it('refuses a class stricter than the parent', () => {
    expect(decideItemClass({ parentClass: 'A', itemClass: 'B' })).toMatchObject({
      ok: false,
      problem: { field: 'itemClass', message: expect.stringMatching(/classify the parent as B/) },
    });
  });

  it('throws with the field when called directly on an unjustified lower class', () => {
    expect(() => classifyItem({ parentClass: 'C', itemClass: 'A' })).toThrow(RegulatoryInputError);
  });

  describe('schema', () => {
    it('parses a justified lower class', () => {
      expect(parseAnswers(itemClassInputSchema, { parentClass: 'C', itemClass: 'A', segregation })).toMatchObject({ ok: true });
    });
    it.each([
      [{}, 'parentClass'],
      [{ parentClass: 'D' }, 'parentClass'],
      [{ parentClass: 'C', itemClass: 'a' }, 'itemClass'],
      [{ parentClass: 'C', itemClass: 'B', segregation: { rationale: 7 } }, 'segregation.rationale'],
      [{ parentClass: 'C', itemClass: 'B', segregation: { reason: 'x' } }, 'segregation.reason'],
      [{ parentClass: 'C', itemClass: 'B', segregation: { rationale: 'x' } }, 'segregation.verification'],
    ])('refuses %j naming %s', (raw, field) => {
      expect(parseAnswers(itemClassInputSchema, raw)).toMatchObject({ ok: false, problem: { field } });
    });
  });
});
