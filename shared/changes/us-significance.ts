import type { Questionnaire } from './significance-walk';

/** The outcome of the US walk, as stored in change_request.us_outcome. */
export const US_OUTCOMES = ['new-submission', 'document-only'] as const;
export type UsOutcome = (typeof US_OUTCOMES)[number];

export const US_OUTCOME_LABELS: Record<UsOutcome, string> = {
  'new-submission': 'A new submission (510(k)) is likely needed before release',
  'document-only': 'Document the change and its assessment; no new submission',
};

/**
 * The FDA's software-change questions, asked in the guidance's order: the first two can end the walk with
 * "document only", the last three with "new submission". Cairn's own wording and help.
 */
export const US_SIGNIFICANCE: Questionnaire<UsOutcome> = {
  allNo: 'document-only',
  questions: [
    {
      id: 'US1',
      group: 'Cybersecurity',
      yes: 'document-only',
      text: 'Is the change made only to strengthen cybersecurity, with no other effect on the device?',
      help: 'For example a patched library with a known vulnerability, or stronger encryption of stored data, where nothing the user sees or the device measures changes.',
    },
    {
      id: 'US2',
      group: 'Restoring the specification',
      yes: 'document-only',
      text: 'Is the change made only to bring the device back to its cleared specification?',
      help: 'A bug fix that makes the device do again what the cleared specification says, adding nothing beyond it.',
    },
    {
      id: 'US3',
      group: 'Risk',
      yes: 'new-submission',
      text: 'Does the change create a new risk, or change an existing one, that could lead to significant harm?',
      help: 'Look at the safety analysis: a new hazardous situation, or a change to one, whose harm is serious.',
    },
    {
      id: 'US4',
      group: 'Risk',
      yes: 'new-submission',
      text: 'Does the change create or need a new or changed risk control for a risk that could lead to significant harm?',
      help: 'Answer yes if a control that prevents or reduces significant harm is added, removed or altered.',
    },
    {
      id: 'US5',
      group: 'Clinical functionality',
      yes: 'new-submission',
      text: 'Could the change significantly affect clinical functionality or performance specifications tied to the intended use?',
      help: 'For example the accuracy of a measurement, the range it covers, or a clinical function the device offers.',
    },
  ],
};
