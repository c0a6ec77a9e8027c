import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../shared/regulatory/answer-schema';
import { classificationAnswersSchema, classifySoftware, decideSafetyClass, type ClassificationAnswers } from '../../shared/regulatory/classification';
import { creditedControlsText } from '../../shared/regulatory/classification-rationale';
import { RegulatoryInputError } from '../../shared/regulatory/problems';

const refusal = (answers: ClassificationAnswers) => {
  const decision = decideSafetyClass(answers);
  if (decision.ok) throw new Error(`expected a refusal, got class ${decision.value.class}`);
  return decision.problem;
};

describe('IEC 62304 software safety classification', () => {
  it('gives A when the software cannot contribute to a hazardous situation, needing no other answer', () => {
    const result = classifySoftware({ contributesToHazardousSituation: false });
    expect(result.class).toBe('A');
    expect(result.rationale).toMatch(/^Class A\./);
    expect(result.rationale).toMatch(/no failure of this software system can contribute/);
  });

  it('accepts consistent extra answers on the no-contribution path', () => {
    expect(classifySoftware({ contributesToHazardousSituation: false, riskAcceptableWithExternalControls: true, worstHarm: 'none' }).class).toBe('A');
  });

  // The rationale no longer claims in general words that only external controls were credited: what was
  // credited is stated from the record (creditedControlsText), and no sentence tells the reader what to do.
  it('gives A when external controls make the risk acceptable, assuming the software fails', () => {
    const result = classifySoftware({ contributesToHazardousSituation: true, riskAcceptableWithExternalControls: true });
    expect(result.class).toBe('A');
    expect(result.rationale).toMatch(/failure of the software is taken as certain/);
    expect(result.rationale).not.toMatch(/outside this software system|List each|Cairn/);
    expect(result.rationale).not.toMatch(/worst harm recorded/);
  });

  it('notes a recorded harm on the acceptable-risk path without raising the class', () => {
    const result = classifySoftware({ contributesToHazardousSituation: true, riskAcceptableWithExternalControls: true, worstHarm: 'death' });
    expect(result.class).toBe('A');
    expect(result.rationale).toMatch(/worst harm recorded \(death\) does not raise the class/);
  });

  it('gives B for an unacceptable risk whose worst harm is a non-serious injury', () => {
    const result = classifySoftware({ contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false, worstHarm: 'non-serious-injury' });
    expect(result.class).toBe('B');
    expect(result.rationale).toMatch(/^Class B\./);
    expect(result.rationale).toMatch(/serious injury means an injury or illness that threatens life/);
    expect(result.rationale).toMatch(/no credible harm reaches that level/);
  });

  it.each([
    ['serious-injury', /a serious injury/],
    ['death', /follow is death/],
  ] as const)('gives C for an unacceptable risk whose worst harm is %s', (worstHarm, wording) => {
    const result = classifySoftware({ contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false, worstHarm });
    expect(result.class).toBe('C');
    expect(result.rationale).toMatch(/^Class C\./);
    expect(result.rationale).toMatch(wording);
    expect(result.rationale).toMatch(/failure of the software is taken as certain/);
    expect(result.rationale).toMatch(/permanently impairs a body function/);
  });

  it('states the credited controls from the record, naming those not in the risk file', () => {
    expect(creditedControlsText([])).toBe('No external risk control was credited.');
    expect(creditedControlsText([{ control: 'Portal confirms alerts', riskControlHumanId: 'RC-6' }, { control: 'Action plan.' }])).toBe(
      'External risk controls credited: RC-6 (Portal confirms alerts); Action plan (not recorded in the risk file).',
    );
  });

  describe('names the missing answer the path needs', () => {
    it('the first question', () => {
      expect(refusal({})).toMatchObject({ field: 'contributesToHazardousSituation', message: expect.stringMatching(/^Required/) });
    });
    it('whether the risk is acceptable', () => {
      expect(refusal({ contributesToHazardousSituation: true, worstHarm: 'death' })).toMatchObject({ field: 'riskAcceptableWithExternalControls' });
    });
    it('the worst harm', () => {
      expect(refusal({ contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false })).toMatchObject({
        field: 'worstHarm',
        message: expect.stringContaining('a non-serious injury, a serious injury or death'),
      });
    });
  });

  describe('refuses contradictions: the field at fault, and the other answer in words', () => {
    it('no contribution but an unacceptable risk', () => {
      const problem = refusal({ contributesToHazardousSituation: false, riskAcceptableWithExternalControls: false });
      expect(problem.field).toBe('riskAcceptableWithExternalControls');
      expect(problem.message).toMatch(/^Contradicts the answer that this software cannot contribute to a hazardous situation/);
    });
    it('no contribution but an injury', () => {
      const problem = refusal({ contributesToHazardousSituation: false, worstHarm: 'serious-injury' });
      expect(problem.field).toBe('worstHarm');
      expect(problem.message).toMatch(/cannot contribute to a hazardous situation: such software cannot lead to a serious injury/);
    });
    it('an unacceptable risk with no possible harm', () => {
      const problem = refusal({ contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false, worstHarm: 'none' });
      expect(problem.field).toBe('worstHarm');
      expect(problem.message).toMatch(/^Contradicts the answer that the risk is not acceptable with external controls alone/);
    });
  });

  it('throws a RegulatoryInputError carrying the field when called directly on incomplete answers', () => {
    expect(() => classifySoftware({ contributesToHazardousSituation: true })).toThrow(RegulatoryInputError);
    try {
      classifySoftware({ contributesToHazardousSituation: true });
    } catch (error) {
      expect((error as RegulatoryInputError).field).toBe('riskAcceptableWithExternalControls');
      expect((error as Error).message).toMatch(/^riskAcceptableWithExternalControls: Required/);
    }
  });

  describe('schema', () => {
    it('parses good answers', () => {
      expect(parseAnswers(classificationAnswersSchema, { contributesToHazardousSituation: false })).toEqual({ ok: true, value: { contributesToHazardousSituation: false } });
    });
    it.each([
      [{ contributesToHazardousSituation: 'yes' }, 'contributesToHazardousSituation', /Expected true or false/],
      [{ contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false, worstHarm: 'bruise' }, 'worstHarm', /Not an allowed value/],
      [{ contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false, worstharm: 'death' }, 'worstharm', /Unknown field/],
      [{ contributesToHazardousSituation: true }, 'riskAcceptableWithExternalControls', /Required on this path/],
      [{ contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false, worstHarm: 'none' }, 'worstHarm', /Contradicts/],
    ])('refuses %j naming %s', (raw, field, message) => {
      const parsed = parseAnswers(classificationAnswersSchema, raw);
      expect(parsed).toMatchObject({ ok: false, problem: { field, message: expect.stringMatching(message) } });
    });
    it('refuses a value that is not an object, without a field', () => {
      expect(parseAnswers(classificationAnswersSchema, [true])).toEqual({ ok: false, problem: { message: 'Expected an object holding the answers.' } });
    });
  });
});
