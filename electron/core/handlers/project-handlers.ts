import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Milestone, TeamMember } from '../../../shared/api/types';
import type { Handlers } from '../context';
import { CairnError } from '../errors';
import { publicMember } from '../users/users-repo';
import { productMilestones } from '../product/product-milestones';
import { requireFolderFor } from './session-helpers';

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

export const projectHandlers: ProjectHandlers = {
  'project.summary': (_input, ctx) => {
    const { project: repos } = ctx;
    const project = repos.project.get();
    const team = repos.users.list().map(publicMember);
    const milestones: Milestone[] = [
      { key: 'project', label: 'Project file created', done: true, detail: `Created ${project.createdAt.slice(0, 10)} with Cairn ${project.createdWith}` },
      teamMilestone(team),
      ...productMilestones(repos),
    ];
    return {
      project,
      team,
      milestones,
      recentActivity: repos.audit.recent(RECENT_ACTIVITY),
      auditRows: repos.audit.count(),
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
    if (existsSync(dest) && statSync(dest).isDirectory()) {
      throw new CairnError('file_exists', `${dest} is a folder; name a file for the backup.`, 'dest');
    }
    if (existsSync(dest) && !input.overwrite) {
      throw new CairnError('file_exists', `A file already exists at ${dest}.`, 'dest');
    }
    // VACUUM INTO a temporary name, then rename: the destination is either the old file or a whole copy.
    const partial = `${dest}.partial`;
    rmSync(partial, { force: true });
    ctx.project.db.prepare('VACUUM INTO ?').run(partial);
    renameSync(partial, dest);
    return { path: dest, bytes: statSync(dest).size };
  },
};
