import { z } from 'zod';
import { answersObject, yesNo } from './answer-schema';

/**
 * FDA documentation level (guidance "Content of Premarket Submissions for Device Software Functions",
 * June 2023). The level follows from one risk question. The 2021 draft also named three kinds of device
 * as Enhanced; whether the final text keeps them is uncertain (REFERENCE.md 6.5), so Cairn only raises
 * them as advisories asking the team to justify Basic, never as triggers.
 */
export const FDA_ADVISORY_FLAGS = ['combinationProduct', 'bloodDonationOrBecs', 'fdaClassIII'] as const;

export type FdaAdvisoryFlag = (typeof FDA_ADVISORY_FLAGS)[number];

export const fdaAnswersSchema = answersObject({
  /**
   * Could a failure or latent flaw of any software function lead to a hazardous situation with a
   * probable risk of death or serious injury to a patient, user or bystander, judged before risk controls?
   */
  probableRiskOfDeathOrSeriousInjury: yesNo,
  /** The device is a constituent part of a combination product (drug or biologic with a device). */
  combinationProduct: yesNo.optional(),
  /**
   * The device screens blood donations for transfusion-transmitted infections, determines donor and
   * recipient compatibility, or is Blood Establishment Computer Software.
   */
  bloodDonationOrBecs: yesNo.optional(),
  /** The device is FDA class III. */
  fdaClassIII: yesNo.optional(),
});

export type FdaAnswers = z.output<typeof fdaAnswersSchema>;

export interface FdaAdvisory {
  flag: FdaAdvisoryFlag;
  message: string;
}

export interface FdaResult {
  level: 'Basic' | 'Enhanced';
  rationale: string;
  /** Flags that ask for a written justification of Basic; empty when the level is Enhanced. */
  advisories: FdaAdvisory[];
}

const WHY_FLAG: Record<FdaAdvisoryFlag, string> = {
  combinationProduct: 'The device is part of a combination product',
  bloodDonationOrBecs: 'The device is used for blood donation screening or donor-recipient compatibility, or is blood establishment software',
  fdaClassIII: 'The device is FDA class III',
};

const JUDGED_BEFORE_CONTROLS =
  'The judgement covers the device as a whole and is made before any risk control measure is credited, so it can differ from the IEC 62304 class, which credits risk controls outside the software. State the level and this reasoning in the submission.';

/** The documentation level, its rationale, and the advisories that ask the team to justify Basic. */
export function fdaDocumentationLevel(answers: FdaAnswers): FdaResult {
  if (answers.probableRiskOfDeathOrSeriousInjury) {
    return {
      level: 'Enhanced',
      rationale: `Enhanced documentation. The team judged that a failure or hidden defect in a software function of the device could bring about a hazardous situation in which death or serious injury of a patient, a user or someone nearby is probable. ${JUDGED_BEFORE_CONTROLS}`,
      advisories: [],
    };
  }
  const advisories = FDA_ADVISORY_FLAGS.filter((flag) => answers[flag] === true).map((flag) => ({
    flag,
    message: `${WHY_FLAG[flag]}. The 2021 draft of the guidance treated this as calling for Enhanced documentation; justify Basic in the submission or choose Enhanced.`,
  }));
  return {
    level: 'Basic',
    rationale: `Basic documentation. The team judged that no failure or hidden defect in a software function of the device makes death or serious injury probable for a patient, a user or someone nearby. ${JUDGED_BEFORE_CONTROLS}`,
    advisories,
  };
}
