import type { WorstHarm } from './classification';

/**
 * Rationale paragraphs for the IEC 62304 classification, in Cairn's own words. Each states the path
 * through the decision and the two assumptions an auditor looks for: the software is assumed to fail,
 * and only risk controls outside the software system are credited.
 */

const FAILURE_ASSUMED =
  'For this decision Cairn treats a failure of the software as certain rather than estimating how likely it is.';

const EXTERNAL_ONLY =
  'Only risk control measures that sit outside this software system were credited: hardware safeguards, a separate and independent software system, or clinical and operating procedures. Checks built into the software system itself do not lower its class, even though they do reduce risk in the ISO 14971 analysis.';

const SERIOUS_MEANING =
  'Here a serious injury means an injury or illness that threatens life, permanently impairs a body function or permanently damages a body structure, or that needs medical or surgical treatment to stop such lasting damage from happening.';

const HARM_WORDS: Record<WorstHarm, string> = {
  none: 'no harm',
  'non-serious-injury': 'a non-serious injury',
  'serious-injury': 'a serious injury',
  death: 'death',
};

export function rationaleNoContribution(): string {
  return [
    'Class A. The team found that no failure of this software system can contribute to any hazardous situation identified in the device risk analysis, so there is no route from a software fault to harm and the least demanding class applies.',
    'Keep this conclusion traceable to the risk analysis and revisit it whenever the architecture, the hazards or the SOUP change.',
  ].join(' ');
}

export function rationaleExternallyControlled(recordedHarm: WorstHarm | undefined): string {
  const harmNote = recordedHarm
    ? ` The worst harm recorded (${HARM_WORDS[recordedHarm]}) does not raise the class: harm decides between B and C only when the risk stays unacceptable.`
    : '';
  return [
    'Class A. A failure of this software system can contribute to a hazardous situation, but the remaining risk is acceptable once external risk control measures are taken into account.',
    FAILURE_ASSUMED,
    EXTERNAL_ONLY,
    `List each external measure relied on, with evidence that it works independently of the software.${harmNote}`,
  ].join(' ');
}

export function rationaleUnacceptableRisk(harm: Exclude<WorstHarm, 'none'>): string {
  const serious = harm !== 'non-serious-injury';
  const verdict = serious
    ? `Class C. A failure of this software system can contribute to a hazardous situation whose risk stays unacceptable after external risk control measures, and the worst harm that could follow is ${HARM_WORDS[harm]}.`
    : 'Class B. A failure of this software system can contribute to a hazardous situation whose risk stays unacceptable after external risk control measures, but the worst harm that could follow is a non-serious injury.';
  const harmMeaning = serious
    ? SERIOUS_MEANING
    : `${SERIOUS_MEANING} The team judged that no credible harm reaches that level.`;
  return [verdict, FAILURE_ASSUMED, EXTERNAL_ONLY, harmMeaning].join(' ');
}
