import type { Market } from '../regulatory/markets';
import { SIGNIFICANCE_REGIONS, type SignificanceRegion } from './significance-regions';
import type { Refusal } from '../documents/workflow';

export const CHANGE_STATUSES = ['draft', 'approved', 'rejected', 'implemented', 'verified', 'closed'] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

/**
 * The change request's life (6.2.4, 8.2): decided on as a draft, then implemented, verified and closed in
 * that order. Approval is not a plain move: it needs an e-signature, so it has its own method.
 */
export const CHANGE_TRANSITIONS: Record<ChangeStatus, readonly ChangeStatus[]> = {
  draft: ['approved', 'rejected'],
  rejected: ['draft'],
  approved: ['implemented'],
  implemented: ['verified'],
  verified: ['closed'],
  closed: [],
};

/** What a change request holds that the rules look at. */
export interface ChangeFacts {
  status: ChangeStatus;
  targetCount: number;
  safetyAnalysis: string;
  newRiskControls: boolean | null;
  euOutcome: string | null;
  usOutcome: string | null;
  /** The markets the product is sold in (from its profile); empty while the profile does not say. */
  markets: readonly SignificanceRegion[];
  implementation: string;
  verification: string;
}

/** What is still missing before the change can be approved; empty when it can. */
export function approvalGaps(c: ChangeFacts): { field: string; message: string }[] {
  const gaps: { field: string; message: string }[] = [];
  if (c.targetCount === 0) gaps.push({ field: 'targets', message: 'Name the records the change starts from, so its impact can be worked out (6.2.3).' });
  if (!c.safetyAnalysis.trim()) gaps.push({ field: 'safetyAnalysis', message: 'Write the safety analysis of the change (7.4).' });
  if (c.newRiskControls === null) gaps.push({ field: 'newRiskControls', message: 'Say whether the change needs new or changed risk controls (7.4.1).' });
  gaps.push(...significanceGaps(c));
  return gaps;
}

const MARKET_NAMES: Record<SignificanceRegion, string> = { eu: 'EU', us: 'US' };

/**
 * Each market the product is sold in has its own regulator, so a change needs a significance decision for
 * every one of them (MDCG 2020-3's charts for the EU, the FDA's software-change questions for the US). While the
 * product profile names no market, one decision is the least the change needs.
 */
function significanceGaps(c: ChangeFacts): { field: string; message: string }[] {
  const outcome = (region: SignificanceRegion) => (region === 'eu' ? c.euOutcome : c.usOutcome);
  if (c.markets.length === 0) {
    return c.euOutcome === null && c.usOutcome === null
      ? [{ field: 'significance', message: 'Assess the regulatory significance of the change (EU, US or both); the product profile does not say yet where it is sold.' }]
      : [];
  }
  const missing = c.markets.filter((m) => outcome(m) === null);
  if (missing.length === 0) return [];
  const sold = c.markets.map((m) => MARKET_NAMES[m]).join(' and ');
  return [{ field: 'significance', message: `The product is sold in the ${sold}: assess the ${missing.map((m) => MARKET_NAMES[m]).join(' and ')} significance of the change.` }];
}

/** The product profile's markets whose significance rules Cairn knows, one regulator each. */
export function marketsOf(profileMarkets: readonly Market[]): SignificanceRegion[] {
  return SIGNIFICANCE_REGIONS.filter((region) => profileMarkets.includes(region));
}

/** Why the move is refused, or null when it is allowed. */
export function changeTransitionRefusal(c: ChangeFacts, to: ChangeStatus): Refusal | null {
  if (c.status === to) return { code: 'invalid_input', message: `The change request is already ${to}.`, field: 'status' };
  if (!CHANGE_TRANSITIONS[c.status].includes(to)) {
    const allowed = CHANGE_TRANSITIONS[c.status];
    const next = allowed.length ? `it can become ${allowed.join(' or ')}` : 'it is finished';
    return { code: 'conflict', message: `A change request that is ${c.status} cannot become ${to}; ${next}.`, field: 'status' };
  }
  if (to === 'approved') {
    const gap = approvalGaps(c)[0];
    if (gap) return { code: 'conflict', message: gap.message, field: gap.field };
  }
  if (to === 'implemented' && !c.implementation.trim())
    return { code: 'conflict', message: 'Describe the implementation (the commits or pull requests that made the change).', field: 'implementation' };
  if (to === 'verified' && !c.verification.trim())
    return { code: 'conflict', message: 'Record the verification done after the change, including the tests re-run (8.2.3).', field: 'verification' };
  return null;
}

/** Fields a person may still edit in each status: an approved change's assessment is what was signed. */
export function assessmentEditable(status: ChangeStatus): boolean {
  return status === 'draft' || status === 'rejected';
}
