import type { SessionUser } from '../../../shared/api/types';
import type { Person } from '../../../shared/documents/workflow';
import type { HandlerContext } from '../context';
import { CairnError } from '../errors';

/**
 * 21 CFR 11.200: every signing re-enters the signer's password (the person signed in, unless another signs
 * with them). A re-entry this sign-in already verified is recognised without a second scrypt (password-memo.ts).
 */
export function requirePassword(ctx: HandlerContext, password: string, signer: SessionUser = ctx.user): void {
  const user = ctx.project.users.byId(signer.id);
  if (!user || !ctx.session.passwords.verify(user.id, user.passwordHash, password)) {
    throw new CairnError('wrong_password', 'That password is not right; the signature was not recorded.', 'password');
  }
}

export function personOf(ctx: HandlerContext, userId: number, field: string): Person {
  const user = ctx.project.users.byId(userId);
  if (!user) throw new CairnError('not_found', `There is no team member with id ${userId}.`, field);
  return { id: user.id, name: user.name, role: user.role, active: user.active };
}

export function refuseDuplicates(ids: number[], field: string): void {
  if (new Set(ids).size !== ids.length) throw new CairnError('invalid_input', 'A person is named twice.', field);
}
