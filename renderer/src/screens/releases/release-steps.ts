import type { ReleaseChecklist, ReleaseClause } from '../../../../shared/api/releases-types';

export const RELEASE_STEPS = ['version', 'verification', 'anomalies', 'build', 'archive', 'delivery', 'approve'] as const;
export type ReleaseStep = (typeof RELEASE_STEPS)[number];

/** Each wizard step, what it is about in the standard's words, and the checklist items it settles. */
export const STEP_DEFS: Record<ReleaseStep, { title: string; clauses: readonly ReleaseClause[]; explain: string }> = {
  version: {
    title: 'Version',
    clauses: ['5.8.4'],
    explain: 'Which version is released, and what it brings. The version string is the one test runs and problem reports use.',
  },
  verification: {
    title: 'Verification',
    clauses: ['5.8.1'],
    explain:
      'Every requirement verified for this version: a test of it passed in a completed run, or it is verified by inspection, analysis or demonstration. No failed or blocked result may be left.',
  },
  anomalies: {
    title: 'Known anomalies',
    clauses: ['5.8.2', '5.8.3'],
    explain:
      'Problems still open are released as known residual anomalies. Each needs a decision and (classes B and C) an evaluation showing it does not contribute to an unacceptable risk.',
  },
  build: {
    title: 'Build',
    clauses: ['5.8.5'],
    explain: 'How the released software was built and in which environment, so it can be built again (classes B and C).',
  },
  archive: {
    title: 'Archive',
    clauses: ['5.8.7'],
    explain: 'The released files with their SHA-256, and where the software, its configuration items and documents are kept for the product lifetime.',
  },
  delivery: {
    title: 'Delivery',
    clauses: ['5.8.8'],
    explain: 'How the software reaches users without corruption or unauthorised change: replication, labelling, packaging, protection, storage and delivery.',
  },
  approve: {
    title: 'Approve and release',
    clauses: ['5.8.6'],
    explain: 'Once nothing blocks it, an approver signs the release; releasing freezes the baseline of every configuration item.',
  },
};

/** A step is done when every checklist item it settles that applies to the class is met. */
export function stepDone(step: ReleaseStep, checklist: ReleaseChecklist): boolean {
  return checklist.items.filter((i) => STEP_DEFS[step].clauses.includes(i.clause) && i.applies).every((i) => i.met);
}
