import type { Handlers } from '../context';
import { requireIntactBeforeUpgrade } from '../audit/upgrade-check';
import { writeAudited } from '../audit/write-audited';
import { anchorCreation } from '../signatures/audit-anchor';
import { CairnError } from '../errors';
import { createProjectFile, openProjectFile } from '../projects/open-project';
import { hashPassword, isLegacyPasswordHash, verifyPassword } from '../users/passwords';
import { publicMember } from '../users/users-repo';
import { closeProject, enterNewProject, existingProjectPath, projectFilePath, requireFolderFor, sessionUserOf, signOut, statusOf } from './session-helpers';

type SessionHandlers = Pick<
  Handlers,
  'project.create' | 'project.open' | 'project.close' | 'session.signIn' | 'session.candidates' | 'session.signOut'
>;

export const sessionHandlers: SessionHandlers = {
  'project.create': (input, ctx) => {
    const path = projectFilePath(input.path);
    requireFolderFor(path);
    const passwordHash = hashPassword(input.owner.password);
    const at = ctx.now();
    createProjectFile(path, ctx.migrations, ctx.now, (project) => {
      // The owner is the actor of the creation, so both rows and the audit land in one transaction.
      project.db.transaction(() => {
        const info = { productName: input.productName, manufacturer: input.manufacturer, createdAt: at, createdWith: ctx.config.appVersion };
        project.project.insert(info);
        const owner = project.users.insert({ ...input.owner, role: 'owner', passwordHash, createdAt: at });
        project.audit.append(
          [
            { action: 'create', entity: 'project', entityId: 1, summary: `Project "${info.productName}" created`, after: info },
            { action: 'create', entity: 'user', entityId: owner.id, summary: `${owner.name} added as owner`, after: publicMember(owner) },
            { action: 'sign_in', entity: 'user', entityId: owner.id, summary: `${owner.name} signed in` },
          ],
          owner,
          'project.create',
          at,
        );
        anchorCreation(project, owner, input.owner.password, at);
      })();
    });
    return enterNewProject(ctx, path, input.owner.email, 'project.create');
  },

  'project.open': (input, ctx) => {
    const path = existingProjectPath(input.path);
    requireIntactBeforeUpgrade(path, ctx.migrations);
    const opened = openProjectFile(path, ctx.migrations, ctx.now);
    closeProject(ctx, 'project.open');
    ctx.session.project = opened;
    const project = opened.project.get();
    ctx.recent.remember(path, project.productName, ctx.now());
    return { project, users: opened.users.signInCandidates() };
  },

  'project.close': (_input, ctx) => {
    closeProject(ctx, 'project.close');
    return statusOf(ctx);
  },

  'session.signIn': (input, ctx) => {
    const project = ctx.project;
    const user = project.users.byEmail(input.email);
    if (!user || !verifyPassword(input.password, user.passwordHash)) {
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
    return statusOf(ctx);
  },

  'session.candidates': (_input, ctx) => ctx.project.users.signInCandidates(),

  'session.signOut': (_input, ctx) => {
    signOut(ctx, 'session.signOut');
    return statusOf(ctx);
  },
};
