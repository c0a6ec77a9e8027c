import { z } from 'zod';
import { answersObject, oneOf, refineWith, yesNo } from './answer-schema';
import { mdrRationale, type AppliedRule } from './mdr-rationale';
import { contradicted, decided, refused, unwrap, type Decision } from './problems';

/** EU MDR device classes, from least to most demanding. */
export const MDR_CLASSES = ['I', 'IIa', 'IIb', 'III'] as const;

export type MdrClass = (typeof MDR_CLASSES)[number];

/** How bad the outcome of a decision taken on the software's information could be (Rule 11 a). */
export const DECISION_IMPACTS = ['death-or-irreversible', 'serious-deterioration-or-surgery', 'other'] as const;

export type DecisionImpact = (typeof DECISION_IMPACTS)[number];

const answersShape = answersObject({
  isMedicalDeviceSoftware: yesNo.optional(),
  drivesOrInfluencesHardware: yesNo.optional(),
  hardwareClass: oneOf(MDR_CLASSES).optional(),
  informsDiagnosisOrTherapyDecisions: yesNo.optional(),
  worstDecisionImpact: oneOf(DECISION_IMPACTS).optional(),
  monitorsPhysiologicalProcesses: yesNo.optional(),
  vitalParametersImmediateDanger: yesNo.optional(),
});

export type MdrAnswers = z.output<typeof answersShape>;

export interface MdrResult {
  class: 'not-a-device' | MdrClass;
  /** The rules that applied, in the order Cairn checked them, then "Implementing rule 3.5" when several did. */
  rules: string[];
  rationale: string;
}

/** Each outcome of the helper as a person reads it: never the stored value. */
export const MDR_RESULT_LABELS: Record<MdrResult['class'], string> = {
  'not-a-device': 'Not a medical device',
  I: 'Class I',
  IIa: 'Class IIa',
  IIb: 'Class IIb',
  III: 'Class III',
};

/** The outcome as a sentence ends it: "III", or "not a medical device" rather than the stored value. */
export const mdrClassWords = (cls: MdrResult['class']): string => (cls === 'not-a-device' ? 'not a medical device' : cls);

const rank = (cls: MdrClass) => MDR_CLASSES.indexOf(cls);

const IMPACT_CLASS: Record<DecisionImpact, MdrClass> = {
  'death-or-irreversible': 'III',
  'serious-deterioration-or-surgery': 'IIb',
  other: 'IIa',
};

const ask = (question: string) => `Required on this path: answer yes or no. ${question}`;
const contradicts = (saidNo: string, why: string) => `Contradicts the answer that ${saidNo}: ${why} Remove this answer or change that one.`;

/** A yes/no question of the path and the follow-up it opens. */
interface GatedQuestion {
  gate: 'drivesOrInfluencesHardware' | 'informsDiagnosisOrTherapyDecisions' | 'monitorsPhysiologicalProcesses';
  question: string;
  followUp: 'hardwareClass' | 'worstDecisionImpact' | 'vitalParametersImmediateDanger';
  followUpQuestion: string;
  /** The gate's "no" in words, as a contradiction names it. */
  saidNo: string;
  /** Why a follow-up answer makes no sense when the gate is answered no. */
  whyNot: string;
}

/**
 * Checks one yes/no question and its follow-up. The follow-up is needed when the answer is yes, and
 * refused when the answer is no yet the follow-up asserts the opposite (any value, or true for a
 * yes/no follow-up): such answers usually mean the question was misread.
 */
function gated<F>(answers: MdrAnswers, q: GatedQuestion, value: F | undefined): Decision<F | null> {
  const open = answers[q.gate];
  if (open === undefined) return refused(q.gate, ask(q.question));
  if (open) return value === undefined ? refused(q.followUp, q.followUpQuestion) : decided(value);
  return value === undefined || value === false ? decided(null) : contradicted(q.followUp, contradicts(q.saidNo, q.whyNot));
}

const HARDWARE: GatedQuestion = {
  gate: 'drivesOrInfluencesHardware',
  question: 'Does the software drive or influence the use of a hardware medical device?',
  followUp: 'hardwareClass',
  followUpQuestion: 'Required on this path: the class of the device the software drives or influences (I, IIa, IIb or III).',
  saidNo: 'the software drives or influences no hardware device',
  whyNot: 'there is no driven device whose class could apply.',
};

const DECISIONS: GatedQuestion = {
  gate: 'informsDiagnosisOrTherapyDecisions',
  question: 'Does the software provide information used to take decisions for diagnosis or therapy?',
  followUp: 'worstDecisionImpact',
  followUpQuestion:
    "Required on this path: the worst consequence of a decision taken on the software's information — death or an irreversible deterioration of health, a serious deterioration or a surgical intervention, or something less severe.",
  saidNo: 'the software informs no decision on diagnosis or therapy',
  whyNot: 'without such decisions there is no decision impact to grade.',
};

const MONITORING: GatedQuestion = {
  gate: 'monitorsPhysiologicalProcesses',
  question: 'Is the software intended to monitor physiological processes?',
  followUp: 'vitalParametersImmediateDanger',
  followUpQuestion: 'Required on this path: answer yes or no. Does it monitor vital parameters whose variations could put the patient in immediate danger?',
  saidNo: 'the software monitors no physiological process',
  whyNot: 'software that monitors no physiological process cannot monitor vital parameters.',
};

/**
 * MDR Annex VIII for software: implementing rule 3.3 (software driving or influencing a device takes
 * that device's class) and Rule 11, with implementing rule 3.5 choosing the strictest class when
 * several apply. Rule 11(c), the catch-all class I, applies only when no other rule did.
 */
export function decideMdrClass(answers: MdrAnswers): Decision<MdrResult> {
  if (answers.isMedicalDeviceSoftware === undefined) {
    return refused('isMedicalDeviceSoftware', 'Required: answer yes or no. Does the software qualify as medical device software (MDCG 2019-11)?');
  }
  if (!answers.isMedicalDeviceSoftware) {
    if (answers.drivesOrInfluencesHardware === true) {
      return contradicted(
        'drivesOrInfluencesHardware',
        'Contradicts the answer that the software is not a medical device: software that drives or influences a medical device is regulated together with that device. Answer that it is medical device software.',
      );
    }
    return decided({ class: 'not-a-device', rules: [], rationale: mdrRationale([], null) });
  }
  const hardware = gated(answers, HARDWARE, answers.hardwareClass);
  if (!hardware.ok) return hardware;
  const impact = gated(answers, DECISIONS, answers.worstDecisionImpact);
  if (!impact.ok) return impact;
  const vital = gated(answers, MONITORING, answers.vitalParametersImmediateDanger);
  if (!vital.ok) return vital;

  const applied: AppliedRule[] = [];
  if (hardware.value !== null) applied.push({ rule: 'Implementing rule 3.3', class: hardware.value, reason: { kind: 'drives-hardware' } });
  if (impact.value !== null) applied.push({ rule: 'Rule 11(a)', class: IMPACT_CLASS[impact.value], reason: { kind: 'decisions', impact: impact.value } });
  if (vital.value !== null) applied.push({ rule: 'Rule 11(b)', class: vital.value ? 'IIb' : 'IIa', reason: { kind: 'monitoring', vital: vital.value } });
  if (applied.length === 0) applied.push({ rule: 'Rule 11(c)', class: 'I', reason: { kind: 'other' } });

  const strictest = applied.reduce((best, next) => (rank(next.class) > rank(best.class) ? next : best));
  const rules = applied.map((a) => a.rule);
  if (applied.length > 1) rules.push('Implementing rule 3.5');
  return decided({ class: strictest.class, rules, rationale: mdrRationale(applied, strictest) });
}

/** Validates untrusted answers: types, unknown fields, the answers the path needs, contradictions. */
export const mdrAnswersSchema = answersShape.superRefine(refineWith(decideMdrClass));

/**
 * The EU MDR class of a piece of software with the rules that produced it.
 * @throws RegulatoryInputError naming the field when the answers are incomplete or contradictory.
 */
export function classifyMdr(answers: MdrAnswers): MdrResult {
  return unwrap(decideMdrClass(answers));
}
