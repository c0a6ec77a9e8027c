import type { TeamMember } from '../../../shared/api/types';
import type { HandlerContext, Handlers } from '../context';
import { CairnError } from '../errors';
import { reencryptKey } from '../signing/user-keys';
import { hashPassword, verifyPassword } from '../users/passwords';
import { rekeyAfterDeactivation, refuseRekeyDuringJob } from '../users/rekey-on-deactivation';
import { publicMember, type UserWithSecret } from '../users/users-repo';

type UsersHandlers = Pick<Handlers, 'users.list' | 'users.add' | 'users.deactivate' | 'users.reactivate' | 'users.changeRole' | 'users.changePassword'>;

function existing(ctx: HandlerContext, userId: number): UserWithSecret {
  const user = ctx.project.users.byId(userId);
  if (!user) throw new CairnError('not_found', `There is no team member with id ${userId}.`, 'userId');
  return user;
}

/** Every project keeps at least one active owner, or nobody could administer the team again. */
function keepAnOwner(ctx: HandlerContext, user: UserWithSecret, what: string): void {
  if (user.active && user.role === 'owner' && ctx.project.users.countActiveOwners() === 1) {
    throw new CairnError('conflict', `${user.name} is the only active owner; make someone else an owner before you ${what}.`, 'userId');
  }
}

function audited(ctx: HandlerContext, action: string, summary: string, before: UserWithSecret | null, after: UserWithSecret): TeamMember {
  const result = publicMember(after);
  ctx.audit({ action, entity: 'user', entityId: after.id, summary, before: before ? publicMember(before) : undefined, after: result });
  return result;
}

export const usersHandlers: UsersHandlers = {
  'users.list': (_input, ctx) => ctx.project.users.list().map(publicMember),

  'users.add': (input, ctx) => {
    if (ctx.project.users.byEmail(input.email)) {
      throw new CairnError('conflict', `${input.email} already belongs to a team member.`, 'email');
    }
    const user = ctx.project.users.insert({
      name: input.name,
      email: input.email,
      role: input.role,
      passwordHash: hashPassword(input.password),
      createdAt: ctx.now(),
    });
    return audited(ctx, 'create', `${user.name} added as ${user.role}`, null, user);
  },

  'users.deactivate': (input, ctx) => {
    const user = existing(ctx, input.userId);
    if (!user.active) throw new CairnError('conflict', `${user.name} is already deactivated.`, 'userId');
    if (user.id === ctx.user.id) throw new CairnError('conflict', 'You cannot deactivate yourself.', 'userId');
    keepAnOwner(ctx, user, 'deactivating them');
    refuseRekeyDuringJob(ctx);
    const member = audited(ctx, 'deactivate', `${user.name} deactivated`, user, ctx.project.users.setActive(user.id, false, ctx.now()));
    return { ...member, recoveryKey: rekeyAfterDeactivation(ctx, user) };
  },

  'users.reactivate': (input, ctx) => {
    const user = existing(ctx, input.userId);
    if (user.active) throw new CairnError('conflict', `${user.name} is already active.`, 'userId');
    return audited(ctx, 'reactivate', `${user.name} reactivated`, user, ctx.project.users.setActive(user.id, true, ctx.now()));
  },

  'users.changeRole': (input, ctx) => {
    const user = existing(ctx, input.userId);
    if (user.role === input.role) throw new CairnError('conflict', `${user.name} already has the role ${input.role}.`, 'role');
    if (input.role !== 'owner') keepAnOwner(ctx, user, 'changing their role');
    return audited(ctx, 'change_role', `${user.name}: ${user.role} → ${input.role}`, user, ctx.project.users.setRole(user.id, input.role));
  },

  'users.changePassword': (input, ctx) => {
    const user = existing(ctx, ctx.user.id);
    if (!verifyPassword(input.currentPassword, user.passwordHash)) {
      throw new CairnError('wrong_password', 'The current password is not right.', 'currentPassword');
    }
    const after = ctx.project.users.setPasswordHash(user.id, hashPassword(input.newPassword));
    // The signing key is encrypted under the password, so it follows the password.
    const key = ctx.project.keys.keyOf(user.id);
    if (key) ctx.project.keys.saveKey({ ...key, ...reencryptKey(key, input.currentPassword, input.newPassword) });
    ctx.audit({ action: 'change_password', entity: 'user', entityId: user.id, summary: `${user.name} changed their password` });
    return publicMember(after);
  },
};
