import type { DocumentDetail, VersionView } from '../../../../shared/api/documents-types';
import type { SessionUser, TeamMember } from '../../../../shared/api/types';
import { AUTHOR_ROLES, ROLES_FOR_DUTY, checkSignature, type Duty, type Person, type VersionFacts } from '../../../../shared/documents/workflow';

/**
 * The shared workflow rules applied to what the screen knows, so every action is offered, disabled or
 * explained before the core is asked. The core applies the same rules again and stays the judge.
 */

export type SignMeaning = 'reviewed' | 'approved';

export const DUTY_OF: Record<SignMeaning, Duty> = { reviewed: 'reviewer', approved: 'approver' };

export function latestVersion(detail: DocumentDetail): VersionView | undefined {
  return detail.versions.at(-1);
}

export function approvedVersionOf(versions: readonly VersionView[]): VersionView | undefined {
  return versions.findLast((v) => v.state === 'approved');
}

/** The version's current review round as the rules see it (signatures of returned rounds do not count). */
export function factsOf(version: VersionView): VersionFacts {
  return {
    state: version.state,
    authorId: version.authorId,
    participants: version.participants.map((p) => ({ userId: p.userId, duty: p.duty })),
    signatures: version.signatures.filter((s) => s.current).map((s) => ({ userId: s.userId, meaning: s.meaning })),
  };
}

/** The signed-in person: only active people can be signed in, so active is a given. */
export function personOf(user: SessionUser): Person {
  return { id: user.id, name: user.name, role: user.role, active: true };
}

export function mayAuthor(user: SessionUser): boolean {
  return AUTHOR_ROLES.includes(user.role);
}

export const AUTHOR_ONLY = 'Only an author or an owner can do this.';

/** Active team members whose role allows the duty. */
export function eligibleFor(duty: Duty, members: readonly TeamMember[]): TeamMember[] {
  return members.filter((m) => m.active && ROLES_FOR_DUTY[duty].includes(m.role));
}

export interface SignOption {
  meaning: SignMeaning;
  /** Why the person cannot sign now; null when they can. */
  reason: string | null;
  /** Set when signing approves one's own document: the core's warning, to acknowledge first. */
  selfApprovalWarning: string | null;
}

function waitingReviewers(version: VersionView): string[] {
  return version.participants.filter((p) => p.duty === 'reviewer' && !p.signed).map((p) => p.name);
}

export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The signatures the person was asked for on this version, each with whether they may give it now. */
export function signOptions(version: VersionView, user: SessionUser): SignOption[] {
  const me = personOf(user);
  const facts = factsOf(version);
  const options: SignOption[] = [];
  for (const meaning of ['reviewed', 'approved'] as const) {
    if (!version.participants.some((p) => p.userId === me.id && p.duty === DUTY_OF[meaning])) continue;
    const check = checkSignature(facts, me, meaning, false);
    if (check.ok) {
      options.push({ meaning, reason: null, selfApprovalWarning: null });
    } else if (check.field === 'acknowledgeSelfApproval') {
      options.push({ meaning, reason: null, selfApprovalWarning: check.message });
    } else {
      const waiting = waitingReviewers(version);
      const reason = meaning === 'approved' && waiting.length > 0 ? `Waiting for ${listNames(waiting)} to review first.` : check.message.replace(`${me.name} has`, 'You have');
      options.push({ meaning, reason, selfApprovalWarning: null });
    }
  }
  return options;
}

/** Who still has to sign the version in review, in words. */
export function waitingSummary(version: VersionView): string | null {
  const waiting = version.participants.filter((p) => !p.signed);
  if (waiting.length === 0) return null;
  return `Waiting for ${listNames(waiting.map((p) => `${p.name} (${p.duty === 'reviewer' ? 'review' : 'approval'})`))}.`;
}

/** Returning to draft is for the people involved in the version, and for owners. */
export function mayReturnToDraft(version: VersionView, user: SessionUser): boolean {
  return user.role === 'owner' || version.authorId === user.id || version.participants.some((p) => p.userId === user.id);
}

/** Only approvers and owners put their name on an exported PDF. */
export function pdfSignRefusal(user: SessionUser): string | null {
  return user.role === 'approver' || user.role === 'owner' ? null : 'Only an approver or an owner can sign an exported PDF.';
}

export function shortSha(sha: string | null): string {
  return sha ? sha.slice(0, 12) : '—';
}
