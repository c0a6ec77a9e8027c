import { randomBytes } from 'node:crypto';
import { integrityCheckStopped } from '../audit/integrity-watch';
import { writeAudited } from '../audit/write-audited';
import type { HandlerContext } from '../context';
import { CairnError } from '../errors';
import { PROJECT_KEY_BYTES } from '../projects/key-slots';
import { openProjectFile } from '../projects/open-project';
import { formatRecoveryKey } from '../projects/project-unlock';
import { rekeyProjectFile } from '../projects/rekey-project';
import { publicMember, type UserWithSecret } from './users-repo';

/** A re-key closes the connection a running job (an export) reads through. */
export function refuseRekeyDuringJob(ctx: HandlerContext): void {
  if (ctx.jobs.busy) throw new CairnError('conflict', 'An export is running: wait for it to finish (or cancel it), then deactivate the member.', 'userId');
}

/**
 * Schedules the re-key that must follow a member's deactivation in an encrypted file (see
 * projects/rekey-project.ts for why) and returns the new recovery key, to be shown this once; null for a
 * plain file, which has no key. The re-key runs once the deactivation has committed; if it cannot be
 * done, the deactivation is undone with its own audit row and the call fails, so a member is not left
 * deactivated in a file their key still opens. One gap remains: a process killed after the deactivation
 * committed and before the re-keyed copy replaced the file leaves the member deactivated (their slot
 * dropped at the next seal) under the old key; `cairn verify` then reports it (audit/integrity-check.ts).
 */
export function rekeyAfterDeactivation(ctx: HandlerContext, member: UserWithSecret): string | null {
  if (!ctx.project.encrypted) return null;
  const newKey = randomBytes(PROJECT_KEY_BYTES);
  const actor = ctx.user;
  ctx.afterCommit(async () => {
    const project = ctx.project;
    // The background check reads through its own connection, which would make the file look open elsewhere.
    await integrityCheckStopped(project);
    try {
      // An export may have started while the check was stopping.
      refuseRekeyDuringJob(ctx);
      rekeyProjectFile(project, newKey, (copy) =>
        writeAudited(copy, actor, 'users.deactivate', ctx.now(), (audit) =>
          audit({
            action: 'rekey',
            entity: 'project',
            entityId: 1,
            summary: `Project key replaced after ${member.name}'s deactivation: their key slot, the previous key and its recovery key no longer open this file`,
          }),
        ),
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      writeAudited(project, actor, 'users.deactivate', ctx.now(), (audit) => {
        const before = project.users.byId(member.id);
        const after = project.users.setActive(member.id, true, ctx.now());
        audit({
          action: 'reactivate',
          entity: 'user',
          entityId: member.id,
          summary: `${member.name}'s deactivation undone: the project key could not be replaced`,
          before: before ? publicMember(before) : undefined,
          after: publicMember(after),
        });
      });
      // The call fails, so the dispatcher's own after-commit step does not run: the envelope follows the team here.
      project.afterCommit();
      const code = error instanceof CairnError ? error.code : 'internal';
      throw new CairnError(code, `${member.name} stays active: the project file could not be re-keyed without their key. ${reason}`, 'userId');
    }
    ctx.session.reopened(openProjectFile(project.path, ctx.migrations, ctx.now, newKey));
  });
  return formatRecoveryKey(newKey);
}
