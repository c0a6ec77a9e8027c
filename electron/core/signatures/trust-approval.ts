import type { SessionUser } from '../../../shared/api/types';
import type { HandlerContext } from '../context';
import { CairnError } from '../errors';
import { verifyPassword } from '../users/passwords';
import { signRecord } from './sign-record';
import { TRUST_CHANGE_MEANING, trustChangeContent } from './trust-check';

/** An owner who co-signs a trust change made by someone else: their e-mail and re-entered password. */
export interface OwnerSignature {
  email: string;
  password: string;
}

export interface TrustChange {
  entityType: 'signing_key' | 'trusted_certificate';
  /** signing_key: the holder's user id; trusted_certificate: the trusted row's id. */
  entityId: number;
  /** How the audit row names it, e.g. "signing key of Ada Lovelace". */
  humanId: string;
  fingerprint: string;
}

/**
 * The owner who signs a trust change: the one named (whose password must be right), or the person signed
 * in when they are an owner themselves and re-entered their own password for this change.
 */
function approvingOwner(ctx: HandlerContext, given: OwnerSignature | undefined, ownPassword: string): { owner: SessionUser; password: string } {
  if (!given) {
    if (ctx.user.role === 'owner') return { owner: ctx.user, password: ownPassword };
    throw new CairnError('forbidden', "This trust change needs an owner's e-signature: name an owner of the project and have them enter their password.", 'owner');
  }
  const owner = ctx.project.users.byEmail(given.email);
  if (!owner || !owner.active || owner.role !== 'owner') {
    throw new CairnError('forbidden', `${given.email} is not an active owner of this project; only an owner can approve a trust change.`, 'owner.email');
  }
  if (!verifyPassword(given.password, owner.passwordHash)) {
    throw new CairnError('wrong_password', `That is not ${owner.name}'s password; the trust change was not made.`, 'owner.password');
  }
  return { owner, password: given.password };
}

/**
 * An owner e-signs a trust change (meaning "approved trust change"), bound to the certificate's
 * fingerprint and anchored like every e-signature. Called inside the change's transaction, so a refusal
 * leaves nothing behind.
 */
export function approveTrustChange(ctx: HandlerContext, change: TrustChange, given: OwnerSignature | undefined, ownPassword: string): void {
  const { owner, password } = approvingOwner(ctx, given, ownPassword);
  signRecord(
    ctx,
    { entityType: change.entityType, entityId: change.entityId, humanId: change.humanId, meaning: TRUST_CHANGE_MEANING, content: trustChangeContent(change.fingerprint) },
    password,
    owner,
  );
}
