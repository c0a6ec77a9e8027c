import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../shared/regulatory/answer-schema';
import { classifyMdr, decideMdrClass, mdrAnswersSchema, type MdrAnswers } from '../../shared/regulatory/mdr-class';
import { RegulatoryInputError } from '../../shared/regulatory/problems';

/** Medical device software that answers no to every question, to be overridden per case. */
const plain: MdrAnswers = {
  isMedicalDeviceSoftware: true,
  drivesOrInfluencesHardware: false,
  informsDiagnosisOrTherapyDecisions: false,
  monitorsPhysiologicalProcesses: false,
};

const fieldRefused = (answers: MdrAnswers) => {
  const decision = decideMdrClass(answers);
  if (decision.ok) throw new Error(`expected a refusal, got class ${decision.value.class}`);
  return decision.problem;
};

describe('EU MDR classification helper', () => {
  it('stops at "not a device" with no rules, needing no other answer', () => {
    const result = classifyMdr({ isMedicalDeviceSoftware: false });
    expect(result).toEqual({ class: 'not-a-device', rules: [], rationale: expect.stringMatching(/^Not a medical device/) });
  });

  it('gives class I under Rule 11(c) when no other rule applies', () => {
    const result = classifyMdr(plain);
    expect(result.class).toBe('I');
    expect(result.rules).toEqual(['Rule 11(c)']);
    expect(result.rationale).toMatch(/Rules 9, 10, 12, 15 and 22/);
  });

  it.each([
    ['death-or-irreversible', 'III'],
    ['serious-deterioration-or-surgery', 'IIb'],
    ['other', 'IIa'],
  ] as const)('Rule 11(a): decision impact %s gives %s', (worstDecisionImpact, cls) => {
    const result = classifyMdr({ ...plain, informsDiagnosisOrTherapyDecisions: true, worstDecisionImpact });
    expect(result).toMatchObject({ class: cls, rules: ['Rule 11(a)'] });
    expect(result.rationale).toMatch(/diagnostic or therapeutic decisions/);
  });

  it.each([
    [true, 'IIb'],
    [false, 'IIa'],
  ] as const)('Rule 11(b): vital parameters with immediate danger %s gives %s', (vitalParametersImmediateDanger, cls) => {
    expect(classifyMdr({ ...plain, monitorsPhysiologicalProcesses: true, vitalParametersImmediateDanger })).toMatchObject({ class: cls, rules: ['Rule 11(b)'] });
  });

  it('implementing rule 3.3: software driving a device takes its class', () => {
    const result = classifyMdr({ ...plain, drivesOrInfluencesHardware: true, hardwareClass: 'IIb' });
    expect(result).toMatchObject({ class: 'IIb', rules: ['Implementing rule 3.3'] });
    expect(result.rationale).toMatch(/drives or influences a hardware device/);
  });

  it('implementing rule 3.5: the strictest of several rules wins, and every rule that applied is listed', () => {
    const result = classifyMdr({
      isMedicalDeviceSoftware: true,
      drivesOrInfluencesHardware: true,
      hardwareClass: 'IIa',
      informsDiagnosisOrTherapyDecisions: true,
      worstDecisionImpact: 'serious-deterioration-or-surgery',
      monitorsPhysiologicalProcesses: true,
      vitalParametersImmediateDanger: false,
    });
    expect(result).toMatchObject({ class: 'IIb', rules: ['Implementing rule 3.3', 'Rule 11(a)', 'Rule 11(b)', 'Implementing rule 3.5'] });
    expect(result.rationale).toMatch(/implementing rule 3.5 takes the strictest: class IIb, from Rule 11\(a\)/);
  });

  it('keeps the hardware class when it is the strictest', () => {
    const result = classifyMdr({ ...plain, drivesOrInfluencesHardware: true, hardwareClass: 'III', monitorsPhysiologicalProcesses: true, vitalParametersImmediateDanger: true });
    expect(result).toMatchObject({ class: 'III', rules: ['Implementing rule 3.3', 'Rule 11(b)', 'Implementing rule 3.5'] });
  });

  describe('names the missing answer the path needs', () => {
    it.each([
      [{}, 'isMedicalDeviceSoftware'],
      [{ isMedicalDeviceSoftware: true }, 'drivesOrInfluencesHardware'],
      [{ ...plain, drivesOrInfluencesHardware: true }, 'hardwareClass'],
      [{ ...plain, informsDiagnosisOrTherapyDecisions: undefined }, 'informsDiagnosisOrTherapyDecisions'],
      [{ ...plain, informsDiagnosisOrTherapyDecisions: true }, 'worstDecisionImpact'],
      [{ ...plain, monitorsPhysiologicalProcesses: undefined }, 'monitorsPhysiologicalProcesses'],
      [{ ...plain, monitorsPhysiologicalProcesses: true }, 'vitalParametersImmediateDanger'],
    ] as const)('%j → %s', (answers, field) => {
      expect(fieldRefused(answers)).toMatchObject({ field, message: expect.stringMatching(/^Required/) });
    });
  });

  describe('refuses contradictions: the field at fault, and the other answer in words', () => {
    it.each([
      [{ isMedicalDeviceSoftware: false, drivesOrInfluencesHardware: true }, 'drivesOrInfluencesHardware', 'the answer that the software is not a medical device'],
      [{ ...plain, hardwareClass: 'IIa' }, 'hardwareClass', 'the answer that the software drives or influences no hardware device'],
      [{ ...plain, worstDecisionImpact: 'other' }, 'worstDecisionImpact', 'the answer that the software informs no decision on diagnosis or therapy'],
      [{ ...plain, vitalParametersImmediateDanger: true }, 'vitalParametersImmediateDanger', 'the answer that the software monitors no physiological process'],
    ] as const)('%j → %s', (answers, field, other) => {
      const problem = fieldRefused(answers);
      expect(problem.field).toBe(field);
      expect(problem.message).toContain(other);
    });

    it('but accepts a neutral follow-up under a no', () => {
      expect(classifyMdr({ ...plain, vitalParametersImmediateDanger: false }).class).toBe('I');
    });
  });

  it('throws with the field when called directly on incomplete answers', () => {
    expect(() => classifyMdr({ isMedicalDeviceSoftware: true })).toThrow(RegulatoryInputError);
  });

  describe('schema', () => {
    it.each([
      [{ ...plain, drivesOrInfluencesHardware: true, hardwareClass: 'IV' }, 'hardwareClass', /Not an allowed value/],
      [{ ...plain, isMedicalDeviceSoftware: 1 }, 'isMedicalDeviceSoftware', /Expected true or false/],
      [{ ...plain, rule: 9 }, 'rule', /Unknown field/],
      [{ ...plain, monitorsPhysiologicalProcesses: true }, 'vitalParametersImmediateDanger', /Required on this path/],
    ])('refuses %j naming %s', (raw, field, message) => {
      expect(parseAnswers(mdrAnswersSchema, raw)).toMatchObject({ ok: false, problem: { field, message: expect.stringMatching(message) } });
    });
  });
});
