import type { Handlers } from '../context';
import { writeAudited } from '../audit/write-audited';
import { CairnError } from '../errors';
import { unlockWithPassword } from '../projects/project-unlock';
import { digestProvesPassword, hashPassword, isLegacyPasswordHash, verifyPassword } from '../users/passwords';
import { enterOpened, sessionUserOf, signOut, statusOf } from './session-helpers';

type SessionHandlers = Pick<Handlers, 'session.signIn' | 'session.candidates' | 'session.signOut'>;

export const sessionHandlers: SessionHandlers = {
  'session.signIn': (input, ctx) => {
    const locked = ctx.session.locked;
    // Unlocking a locked file derives the member's digest once; it proves the password below as well.
    const unlocked = locked ? unlockWithPassword(locked, input.password, input.email) : null;
    if (locked && unlocked) enterOpened(ctx, locked, unlocked.key, 'session.signIn');
    const project = ctx.project;
    const user = project.users.byEmail(input.email);
    const proven = user && unlocked?.userId === user.id && digestProvesPassword(user.passwordHash, unlocked.salt, unlocked.digest);
    if (!user || !(proven || verifyPassword(input.password, user.passwordHash))) {
      throw new CairnError('wrong_password', 'That e-mail address and password do not match a team member.', 'password');
    }
    if (!user.active) {
      throw new CairnError('forbidden', `${user.name}'s account has been deactivated; ask an owner to reactivate it.`, 'email');
    }
    signOut(ctx, 'session.signIn');
    writeAudited(project, user, 'session.signIn', ctx.now(), (audit) => {
      audit({ action: 'sign_in', entity: 'user', entityId: user.id, summary: `${user.name} signed in` });
      // The one place an earlier-format hash is still accepted: it is replaced at once, while the password is at hand.
      if (isLegacyPasswordHash(user.passwordHash)) {
        project.users.setPasswordHash(user.id, hashPassword(input.password));
        audit({ action: 'upgrade_password_hash', entity: 'user', entityId: user.id, summary: `${user.name}'s password hash upgraded to the current format` });
      }
    });
    ctx.session.user = sessionUserOf(user);
    // Read again: a legacy hash was replaced just above, and the memo is tied to the hash it verified.
    const signedIn = project.users.byId(user.id);
    if (signedIn) ctx.session.passwords.remember(user.id, signedIn.passwordHash, input.password);
    return statusOf(ctx);
  },

  'session.candidates': (_input, ctx) => (ctx.session.locked ? [] : ctx.project.users.signInCandidates()),

  'session.signOut': (_input, ctx) => {
    signOut(ctx, 'session.signOut');
    return statusOf(ctx);
  },
};
