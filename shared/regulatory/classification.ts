import { z } from 'zod';
import { answersObject, oneOf, refineWith, yesNo } from './answer-schema';
import { HARM_WORDS, rationaleExternallyControlled, rationaleNoContribution, rationaleUnacceptableRisk } from './classification-rationale';
import { contradicted, decided, refused, unwrap, type Decision } from './problems';
import type { SafetyClass } from './safety-class';

/** The worst harm a software failure could lead to once external risk controls are credited. */
export const WORST_HARMS = ['none', 'non-serious-injury', 'serious-injury', 'death'] as const;

export type WorstHarm = (typeof WORST_HARMS)[number];

/**
 * Answers to the three questions of the IEC 62304 clause 4.3 flowchart. Every field is optional here
 * because the path decides which are needed; the refinement below names any that are missing.
 */
const answersShape = answersObject({
  contributesToHazardousSituation: yesNo.optional(),
  riskAcceptableWithExternalControls: yesNo.optional(),
  worstHarm: oneOf(WORST_HARMS).optional(),
});

export type ClassificationAnswers = z.output<typeof answersShape>;

export interface ClassificationResult {
  class: SafetyClass;
  rationale: string;
}

const ASK_CONTRIBUTES = 'Required: answer yes or no. Can a failure of this software system contribute to a hazardous situation?';
const ASK_ACCEPTABLE = 'Required on this path: answer yes or no. Is the risk acceptable once only risk controls outside the software system are credited?';
const ASK_HARM = 'Required on this path: the risk is unacceptable, so the worst harm decides between class B and C. Choose a non-serious injury, a serious injury or death.';
/** The answer a contradiction goes against, in the words the wizard asked it. */
const CANNOT_CONTRIBUTE = 'Contradicts the answer that this software cannot contribute to a hazardous situation';

/**
 * Walks the clause 4.3 flowchart. Besides missing answers it refuses answers that contradict an
 * earlier one, because a class derived from inconsistent answers would not survive an audit:
 * - software that cannot contribute to a hazardous situation cannot leave an unacceptable risk or
 *   lead to an injury;
 * - an unacceptable risk implies some harm, so its worst harm cannot be "none".
 */
export function decideSafetyClass(answers: ClassificationAnswers): Decision<ClassificationResult> {
  const { contributesToHazardousSituation: contributes, riskAcceptableWithExternalControls: acceptable, worstHarm } = answers;
  if (contributes === undefined) return refused('contributesToHazardousSituation', ASK_CONTRIBUTES);
  if (!contributes) {
    if (acceptable === false) {
      return contradicted('riskAcceptableWithExternalControls', `${CANNOT_CONTRIBUTE}: such software cannot leave an unacceptable risk. Change one of the two answers.`);
    }
    if (worstHarm !== undefined && worstHarm !== 'none') {
      return contradicted('worstHarm', `${CANNOT_CONTRIBUTE}: such software cannot lead to ${HARM_WORDS[worstHarm]}. Change one of the two answers.`);
    }
    return decided({ class: 'A', rationale: rationaleNoContribution() });
  }
  if (acceptable === undefined) return refused('riskAcceptableWithExternalControls', ASK_ACCEPTABLE);
  if (acceptable) return decided({ class: 'A', rationale: rationaleExternallyControlled(worstHarm) });
  if (worstHarm === undefined) return refused('worstHarm', ASK_HARM);
  if (worstHarm === 'none') {
    return contradicted(
      'worstHarm',
      'Contradicts the answer that the risk is not acceptable with external controls alone: a risk can only be unacceptable if some harm is possible, so the worst harm cannot be "no harm". Change one of the two answers.',
    );
  }
  return decided({ class: worstHarm === 'non-serious-injury' ? 'B' : 'C', rationale: rationaleUnacceptableRisk(worstHarm) });
}

/** Validates untrusted answers: types, unknown fields, the answers the path needs, contradictions. */
export const classificationAnswersSchema = answersShape.superRefine(refineWith(decideSafetyClass));

/**
 * The software safety class of a software system and the paragraph explaining it.
 * @throws RegulatoryInputError naming the field when the answers are incomplete or contradictory.
 */
export function classifySoftware(answers: ClassificationAnswers): ClassificationResult {
  return unwrap(decideSafetyClass(answers));
}
