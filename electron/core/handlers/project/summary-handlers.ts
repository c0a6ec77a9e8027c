import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Milestone, TeamMember } from '../../../../shared/api/types';
import type { Handlers } from '../../context';
import { writeAudited } from '../../audit/write-audited';
import { isCairnProjectFile } from '../../db/project-file-kind';
import { CairnError } from '../../errors';
import { publicMember } from '../../users/users-repo';
import { productMilestone } from '../../product/product-milestones';
import { requireFolderFor } from '../session-helpers';

type ProjectHandlers = Pick<Handlers, 'project.summary' | 'project.update' | 'project.backup'>;

const RECENT_ACTIVITY = 8;

function teamMilestone(team: TeamMember[]): Milestone {
  const active = team.filter((m) => m.active);
  const roles = new Set(active.map((m) => m.role));
  const canSeparateDuties = roles.has('reviewer') || roles.has('approver');
  return {
    key: 'team',
    label: 'Team and roles set up',
    done: active.length > 1 && canSeparateDuties,
    detail:
      active.length > 1
        ? `${active.length} active members${canSeparateDuties ? '' : '; nobody holds a reviewer or approver role yet'}`
        : 'Only the owner so far: add the people who will review and approve documents',
  };
}

export const projectSummaryHandlers: ProjectHandlers = {
  'project.summary': (_input, ctx) => {
    const { project: repos } = ctx;
    const project = repos.project.get();
    const team = repos.users.list().map(publicMember);
    const milestones: Milestone[] = [
      { key: 'project', label: 'Project file created', done: true, detail: `Created ${project.createdAt.slice(0, 10)} with Cairn ${project.createdWith}` },
      teamMilestone(team),
      productMilestone(repos),
    ];
    return {
      project,
      team,
      milestones,
      recentActivity: repos.audit.recent(RECENT_ACTIVITY),
      // The head's sequence number is the row count of an intact trail (rows are numbered from 1 without
      // gaps; verify reports any that are not), read in one row instead of counting a million.
      auditRows: repos.audit.head().seq,
    };
  },

  'project.update': (input, ctx) => {
    const before = ctx.project.project.get();
    const next = {
      productName: input.productName ?? before.productName,
      manufacturer: input.manufacturer ?? before.manufacturer,
    };
    if (next.productName === before.productName && next.manufacturer === before.manufacturer) {
      throw new CairnError('invalid_input', 'Nothing to change: give a new product name or manufacturer.');
    }
    const after = ctx.project.project.update(next);
    ctx.audit({
      action: 'update',
      entity: 'project',
      entityId: 1,
      summary: 'Product details changed',
      before: { productName: before.productName, manufacturer: before.manufacturer },
      after: next,
    });
    return after;
  },

  'project.backup': (input, ctx) => {
    const dest = resolve(input.dest);
    if (dest === resolve(ctx.project.path)) {
      throw new CairnError('invalid_input', 'A backup must go to a different file than the project itself.', 'dest');
    }
    requireFolderFor(dest, 'dest');
    const replaces = existsSync(dest);
    if (replaces && statSync(dest).isDirectory()) {
      throw new CairnError('file_exists', `${dest} is a folder; name a file for the backup.`, 'dest');
    }
    if (replaces && !input.overwrite) {
      throw new CairnError('file_exists', `A file already exists at ${dest}.`, 'dest');
    }
    // Overwriting is for refreshing an earlier backup: any other file the caller names stays as it is.
    if (replaces && !isCairnProjectFile(dest)) {
      throw new CairnError('not_a_project', `${dest} is not a Cairn project file, so a backup will not replace it.`, 'dest');
    }
    // VACUUM INTO a fresh name of its own, then rename: the destination is either the old file or a whole
    // copy, and no other file is ever deleted on the way.
    const partial = join(dirname(dest), `.${basename(dest)}.${randomBytes(8).toString('hex')}.partial`);
    ctx.project.writeCopy(partial);
    // A query to the dispatcher (VACUUM cannot run inside a transaction), so it records its own audit row.
    try {
      writeAudited(ctx.project, ctx.user, 'project.backup', ctx.now(), (audit) =>
        audit({ action: 'backup', entity: 'project', entityId: 1, summary: `Backup written to ${dest}`, after: { path: dest, replaced: replaces } }),
      );
      renameSync(partial, dest);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
    return { path: dest, bytes: statSync(dest).size };
  },
};
