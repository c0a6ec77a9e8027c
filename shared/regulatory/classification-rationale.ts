import type { WorstHarm } from './classification';

/**
 * Rationale paragraphs for the IEC 62304 classification, in Cairn's own words. Each states the path
 * through the decision and the assumption an auditor looks for (the software is assumed to fail). Which
 * external controls were credited is stated from the record itself (creditedControlsText), never assumed.
 * These sentences are printed in signed documents: they state facts, never tell the reader what to do.
 */

const FAILURE_ASSUMED = 'For this decision a failure of the software is taken as certain; its likelihood is not estimated.';

const SERIOUS_MEANING =
  'Here a serious injury means an injury or illness that threatens life, permanently impairs a body function or permanently damages a body structure, or that needs medical or surgical treatment to stop such lasting damage from happening.';

/** How each worst harm reads in a sentence. */
export const HARM_WORDS: Record<WorstHarm, string> = {
  none: 'no harm',
  'non-serious-injury': 'a non-serious injury',
  'serious-injury': 'a serious injury',
  death: 'death',
};

export function rationaleNoContribution(): string {
  return [
    'Class A. The team found that no failure of this software system can contribute to any hazardous situation identified in the device risk analysis, so there is no route from a software fault to harm and the least demanding class applies.',
  ].join(' ');
}

export function rationaleExternallyControlled(recordedHarm: WorstHarm | undefined): string {
  const harmNote = recordedHarm
    ? ` The worst harm recorded (${HARM_WORDS[recordedHarm]}) does not raise the class: harm decides between B and C only when the risk stays unacceptable.`
    : '';
  return [
    'Class A. A failure of this software system can contribute to a hazardous situation, but the remaining risk is acceptable once external risk control measures are taken into account.',
    `${FAILURE_ASSUMED}${harmNote}`,
  ].join(' ');
}

export function rationaleUnacceptableRisk(harm: Exclude<WorstHarm, 'none'>): string {
  const serious = harm !== 'non-serious-injury';
  const verdict = serious
    ? `Class C. A failure of this software system can contribute to a hazardous situation whose risk stays unacceptable after external risk control measures, and the worst harm that could follow is ${HARM_WORDS[harm]}.`
    : 'Class B. A failure of this software system can contribute to a hazardous situation whose risk stays unacceptable after external risk control measures, but the worst harm that could follow is a non-serious injury.';
  const harmMeaning = serious ? SERIOUS_MEANING : `${SERIOUS_MEANING} The team judged that no credible harm reaches that level.`;
  return [verdict, FAILURE_ASSUMED, harmMeaning].join(' ');
}

/** A credited control as the classification record keeps it. */
export interface CreditedControl {
  control: string;
  riskControlHumanId?: string;
}

/** What the record credits as external risk control, stated from the record: risk-file controls by ID, others as not in the risk file. */
export function creditedControlsText(credited: readonly CreditedControl[]): string {
  if (credited.length === 0) return 'No external risk control was credited.';
  const named = credited.map((c) => (c.riskControlHumanId ? `${c.riskControlHumanId} (${c.control})` : `${c.control.replace(/\.$/, '')} (not recorded in the risk file)`));
  return `External risk controls credited: ${named.join('; ')}.`;
}
