/**
 * What a newcomer is told about the sample project where they meet it (the home screen's sample card and
 * `cairn demo`): the state it is in, and why the consistency check reports one error on purpose.
 */
export const SAMPLE_STORY = [
  'Version 1.0.0 is released: its documents are approved and signed and it passed every release check.',
  'Version 1.1.0 is in progress: a field complaint (PR-001) is being fixed through a change request (CR-001).',
  'The consistency check reports one error on purpose: REQ-33, the requirement drafted for CR-001, has not been reviewed yet. Record a requirements review to clear it.',
] as const;
