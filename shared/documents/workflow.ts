import type { Role } from '../domain/roles';
import type { DocumentState, SignatureMeaning } from './control';

/**
 * The review and approval rules of a controlled document, as pure functions so they can be tested on
 * every path and shown in the UI before a person tries something the core would refuse.
 */

export type Duty = 'reviewer' | 'approver';

/** Which roles may take which duty (21 CFR 11.10(g) authority checks). */
export const ROLES_FOR_DUTY: Record<Duty, readonly Role[]> = {
  reviewer: ['reviewer', 'approver', 'owner'],
  approver: ['approver', 'owner'],
};

/** Roles that may write documents and send them for review. */
export const AUTHOR_ROLES: readonly Role[] = ['author', 'owner'];

export interface Person {
  id: number;
  name: string;
  role: Role;
  active: boolean;
}

/** A version in its current review round. */
export interface VersionFacts {
  state: DocumentState;
  authorId: number;
  participants: { userId: number; duty: Duty }[];
  signatures: { userId: number; meaning: SignatureMeaning }[];
}

export type Refusal = { code: 'forbidden' | 'conflict' | 'invalid_input'; message: string; field?: string };
export type Check<T> = ({ ok: true } & T) | ({ ok: false } & Refusal);

const refuse = (code: Refusal['code'], message: string, field?: string): { ok: false } & Refusal =>
  field === undefined ? { ok: false, code, message } : { ok: false, code, message, field };

/** Who may be named when a version goes out for review. */
export function checkReviewRequest(author: Person, reviewers: Person[], approvers: Person[]): Check<{ selfApproval: boolean }> {
  if (!AUTHOR_ROLES.includes(author.role)) return refuse('forbidden', 'Only an author or an owner can send a document for review.');
  if (approvers.length === 0) return refuse('invalid_input', 'Name at least one approver.', 'approvers');
  for (const [duty, people] of [
    ['reviewer', reviewers],
    ['approver', approvers],
  ] as const) {
    for (const person of people) {
      if (!person.active) return refuse('conflict', `${person.name} is deactivated and cannot sign.`, `${duty}s`);
      if (!ROLES_FOR_DUTY[duty].includes(person.role)) {
        return refuse('conflict', `${person.name} is ${person.role === 'author' ? 'an' : 'a'} ${person.role} and cannot act as ${duty}.`, `${duty}s`);
      }
    }
  }
  if (reviewers.some((r) => r.id === author.id)) {
    return refuse('conflict', 'An author cannot review their own document; name someone else or no reviewer.', 'reviewers');
  }
  return { ok: true, selfApproval: approvers.some((a) => a.id === author.id) };
}

function hasSigned(v: VersionFacts, userId: number, meaning: SignatureMeaning): boolean {
  return v.signatures.some((s) => s.userId === userId && s.meaning === meaning);
}

/**
 * Whether `signer` may sign `v` with `meaning` now. Approval waits until every named reviewer has
 * signed (11.10(f) sequencing). Approving one's own document needs an explicit acknowledgement.
 */
export function checkSignature(
  v: VersionFacts,
  signer: Person,
  meaning: Exclude<SignatureMeaning, 'authored'>,
  acknowledgeSelfApproval: boolean,
): Check<{ selfApproval: boolean }> {
  if (v.state !== 'in_review') return refuse('conflict', 'Only a version in review can be signed.');
  if (!signer.active) return refuse('forbidden', `${signer.name} is deactivated and cannot sign.`);
  const duty: Duty = meaning === 'reviewed' ? 'reviewer' : 'approver';
  if (!v.participants.some((p) => p.userId === signer.id && p.duty === duty)) {
    return refuse('forbidden', `${signer.name} was not asked to act as ${duty} for this version.`);
  }
  if (!ROLES_FOR_DUTY[duty].includes(signer.role)) return refuse('forbidden', `A ${signer.role} cannot sign as ${duty}.`);
  if (hasSigned(v, signer.id, meaning)) return refuse('conflict', `${signer.name} has already signed this version as ${meaning}.`);
  if (meaning === 'approved') {
    const waiting = v.participants.filter((p) => p.duty === 'reviewer' && !hasSigned(v, p.userId, 'reviewed'));
    if (waiting.length > 0) return refuse('conflict', 'Every named reviewer must sign before the document can be approved.');
  }
  const selfApproval = meaning === 'approved' && signer.id === v.authorId;
  if (selfApproval && !acknowledgeSelfApproval) {
    return refuse(
      'conflict',
      'You are approving a document you wrote yourself. Confirm that no one else can approve it (single-person organisation); the PDF will say so.',
      'acknowledgeSelfApproval',
    );
  }
  return { ok: true, selfApproval };
}

/** A version becomes approved once every named approver has signed. */
export function isFullyApproved(v: VersionFacts): boolean {
  const approvers = v.participants.filter((p) => p.duty === 'approver');
  return approvers.length > 0 && approvers.every((p) => hasSigned(v, p.userId, 'approved'));
}
