import type { Questionnaire } from './significance-walk';

/** The outcome of the EU walk, as stored in change_request.eu_outcome. */
export const EU_OUTCOMES = ['significant', 'not-significant'] as const;
export type EuOutcome = (typeof EU_OUTCOMES)[number];

export const EU_OUTCOME_LABELS: Record<EuOutcome, string> = {
  significant: 'Significant change: tell the notified body before it is placed on the market',
  'not-significant': 'Not a significant change: document it in the technical file',
};

/**
 * The MDCG 2020-3 walk for software, in the order the charts take it: administrative changes first, then
 * chart A (intended purpose), chart B (design and performance) and chart C (software). The wording and
 * help are Cairn's own summary of the guidance, not a quotation of it.
 */
export const EU_SIGNIFICANCE: Questionnaire<EuOutcome> = {
  allNo: 'not-significant',
  questions: [
    {
      id: 'admin',
      group: 'Administrative',
      yes: 'not-significant',
      text: 'Is the change purely administrative?',
      help: 'For example a new manufacturer address, a corrected typo in the labelling, or a changed company name, with nothing about the software, its use or its performance touched. Answer no if anything else changes at the same time.',
    },
    {
      id: 'A1',
      group: 'Chart A: intended purpose',
      yes: 'significant',
      text: 'Does the change add to or extend the intended purpose?',
      help: 'A new medical indication, a new clinical use, or a claim the device did not make before. Narrowing the purpose (removing an indication) is not a yes here.',
    },
    {
      id: 'A2',
      group: 'Chart A: intended purpose',
      yes: 'significant',
      text: 'Does the change open the device to new users or a new patient population?',
      help: 'For example lay users where only clinicians used it, children where only adults were covered, or home use where only clinic use was intended.',
    },
    {
      id: 'B1',
      group: 'Chart B: design and performance',
      yes: 'significant',
      text: 'Would the change need new clinical or usability data to show it is still safe and performs as claimed?',
      help: 'Answer yes when the existing clinical evaluation or usability file no longer covers the changed device and new studies or data would be needed.',
    },
    {
      id: 'B2',
      group: 'Chart B: design and performance',
      yes: 'significant',
      text: 'Does the change bring new risks that need controls, or make existing risks worse?',
      help: 'Look at the safety analysis of this change: a new hazard, a new cause of a hazardous situation, or a higher residual risk is a yes.',
    },
    {
      id: 'B3',
      group: 'Chart B: design and performance',
      yes: 'significant',
      text: 'Does the change alter a built-in control mechanism or an alarm?',
      help: 'For example the logic that rejects an invalid measurement, a warning shown to the user, or a threshold that raises an alert.',
    },
    {
      id: 'B4',
      group: 'Chart B: design and performance',
      yes: 'significant',
      text: 'Does the change alter the operating principle or the energy source?',
      help: 'For software, a different measurement principle or a different way of obtaining the clinical result; for a device, a different power source.',
    },
    {
      id: 'C1',
      group: 'Chart C: software',
      yes: 'significant',
      text: 'Does the change bring in a new operating system or runtime component, or a major change to one?',
      help: 'A new platform the software runs on, or a major version of a runtime or framework that the software depends on. A minor or patch update of a library usually is not.',
    },
    {
      id: 'C2',
      group: 'Chart C: software',
      yes: 'significant',
      text: 'Does the change alter the architecture, the database structure or an algorithm?',
      help: 'Answer yes for a changed calculation, model or decision logic that produces clinical output, and for a restructured architecture or data model. A fix that restores the algorithm to its specification can be discussed in the rationale.',
    },
    {
      id: 'C3',
      group: 'Chart C: software',
      yes: 'significant',
      text: 'Does the change replace a step the user had to take with a closed-loop algorithm?',
      help: 'For example the software now acting on a result by itself where a person previously had to confirm or enter something.',
    },
    {
      id: 'C4',
      group: 'Chart C: software',
      yes: 'significant',
      text: 'Does the change add a diagnostic or therapeutic feature, or a new interoperability channel?',
      help: 'A new clinical function, or a new way of exchanging data with other systems (a new interface to an electronic health record, say).',
    },
    {
      id: 'C5',
      group: 'Chart C: software',
      yes: 'significant',
      text: 'Does the change bring a new user interface or presentation of medical data that could change how the data are interpreted?',
      help: 'Cosmetic changes, new languages and layout tweaks are a no; a new way of showing results that a clinician or patient might read differently is a yes.',
    },
  ],
};
