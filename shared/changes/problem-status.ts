import type { Refusal } from '../documents/workflow';

export const PROBLEM_STATUSES = ['open', 'investigating', 'resolved', 'closed'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

export const PROBLEM_DECISIONS = ['undecided', 'fix', 'defer', 'no-action'] as const;
export type ProblemDecision = (typeof PROBLEM_DECISIONS)[number];

/**
 * Which moves a problem report may make. Reopening is allowed from every later state, because a fix that
 * did not hold is the same problem, not a new one (9.7 asks that it was actually resolved).
 */
export const PROBLEM_TRANSITIONS: Record<ProblemStatus, readonly ProblemStatus[]> = {
  open: ['investigating'],
  investigating: ['open', 'resolved', 'closed'],
  resolved: ['investigating', 'closed'],
  closed: ['investigating'],
};

/** What a problem report holds that the rules look at. */
export interface ProblemFacts {
  status: ProblemStatus;
  decision: ProblemDecision;
  decisionRationale: string;
  fixVerification: string;
  /** Null until the problem was evaluated against the risk file. */
  affectsSafety: boolean | null;
}

/** What is still missing before the problem can be closed (9.2, 9.7); empty when it can. */
export function closingGaps(p: Omit<ProblemFacts, 'status'>): { field: string; message: string }[] {
  const gaps: { field: string; message: string }[] = [];
  if (p.affectsSafety === null) gaps.push({ field: 'affectsSafety', message: 'Evaluate whether the problem affects safety (9.2).' });
  if (p.decision === 'undecided') gaps.push({ field: 'decision', message: 'Decide what to do about the problem: fix it, or take no action with a rationale.' });
  if (p.decision === 'defer')
    gaps.push({ field: 'decision', message: 'A deferred problem stays open: it is a known anomaly until it is fixed or a no-action rationale is given.' });
  if (p.decision === 'fix' && !p.fixVerification.trim()) gaps.push({ field: 'fixVerification', message: 'Record how the fix was verified (9.7).' });
  if (p.decision === 'no-action' && !p.decisionRationale.trim()) gaps.push({ field: 'decisionRationale', message: 'Give the rationale for taking no action (9.2).' });
  return gaps;
}

/** Why the move is refused, or null when it is allowed. */
export function problemTransitionRefusal(p: ProblemFacts, to: ProblemStatus): Refusal | null {
  if (p.status === to) return { code: 'invalid_input', message: `The problem is already ${to}.`, field: 'status' };
  if (!PROBLEM_TRANSITIONS[p.status].includes(to)) {
    return { code: 'conflict', message: `A problem that is ${p.status} cannot become ${to}; it can become ${PROBLEM_TRANSITIONS[p.status].join(' or ')}.`, field: 'status' };
  }
  if (to === 'resolved' && (p.decision === 'undecided' || p.decision === 'defer')) {
    return { code: 'conflict', message: 'A problem is resolved once it is decided to fix it or to take no action.', field: 'decision' };
  }
  if (to === 'closed') {
    const gap = closingGaps(p)[0];
    if (gap) return { code: 'conflict', message: gap.message, field: gap.field };
  }
  return null;
}
