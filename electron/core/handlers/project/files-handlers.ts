import { existsSync, statSync } from 'node:fs';
import type { Handlers } from '../../context';
import { writeAudited } from '../../audit/write-audited';
import { anchorCreation } from '../../signatures/audit-anchor';
import { CairnError } from '../../errors';
import { beforeEncryptionBackupPath, encryptProjectFile } from '../../projects/encrypt-project';
import { createProjectFile } from '../../projects/open-project';
import { isEncryptedFile, parseRecoveryKey, requireKeyEnvelope, unlockWithPassword } from '../../projects/project-unlock';
import { hashPassword, verifyPassword } from '../../users/passwords';
import { publicMember } from '../../users/users-repo';
import { closeProject, enterNewProject, enterOpened, existingProjectPath, projectFilePath, requireFolderFor, statusOf } from '../session-helpers';

type FilesHandlers = Pick<Handlers, 'project.create' | 'project.open' | 'project.unlockWithRecoveryKey' | 'project.encrypt' | 'project.close'>;

/** Creating, opening, unlocking, encrypting and closing project files. */
export const projectFilesHandlers: FilesHandlers = {
  'project.create': (input, ctx) => {
    const path = projectFilePath(input.path);
    requireFolderFor(path);
    const passwordHash = hashPassword(input.owner.password);
    const at = ctx.now();
    const key = createProjectFile(
      path,
      ctx.migrations,
      ctx.now,
      (project) => {
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
      },
      input.encrypted ?? true,
    );
    return enterNewProject(ctx, path, input.owner.email, 'project.create', key);
  },

  'project.open': (input, ctx) => {
    const path = existingProjectPath(input.path);
    if (!existsSync(path) || !statSync(path).isFile() || !isEncryptedFile(path)) return enterOpened(ctx, path, null, 'project.open');
    requireKeyEnvelope(path);
    if (input.password !== undefined) return enterOpened(ctx, path, unlockWithPassword(path, input.password).key, 'project.open');
    // Nothing of an encrypted file is readable before a member's password unlocks it at sign-in.
    closeProject(ctx, 'project.open');
    ctx.session.locked = path;
    return { project: null, users: [] };
  },

  'project.unlockWithRecoveryKey': (input, ctx) => enterOpened(ctx, existingProjectPath(input.path), parseRecoveryKey(input.recoveryKey), 'project.unlockWithRecoveryKey'),

  'project.encrypt': (input, ctx) => {
    const path = existingProjectPath(input.path);
    if (existsSync(path) && isEncryptedFile(path)) throw new CairnError('conflict', `${path} is already encrypted.`, 'path');
    enterOpened(ctx, path, null, 'project.encrypt');
    const owner = ctx.project.users.byEmail(input.email);
    if (!owner || !verifyPassword(input.password, owner.passwordHash)) {
      throw new CairnError('wrong_password', 'That e-mail address and password do not match a team member.', 'password');
    }
    if (!owner.active || owner.role !== 'owner') throw new CairnError('forbidden', 'Only an active owner of this project can encrypt it.', 'email');
    const key = encryptProjectFile(ctx.project);
    ctx.session.project = null;
    const status = enterNewProject(ctx, path, owner.email, 'project.encrypt', key);
    const backup = beforeEncryptionBackupPath(path);
    writeAudited(ctx.project, owner, 'project.encrypt', ctx.now(), (audit) =>
      audit({ action: 'encrypt', entity: 'project', entityId: 1, summary: `Project file encrypted; the plain original kept as ${backup}`, after: { backup } }),
    );
    return status;
  },

  'project.close': (_input, ctx) => {
    closeProject(ctx, 'project.close');
    return statusOf(ctx);
  },
};
