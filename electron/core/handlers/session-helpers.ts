import { stopIntegrityCheck } from '../audit/integrity-watch';
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import type { AppStatus, CreatedProject, OpenedProject, SessionUser } from '../../../shared/api/types';
import { writeAudited } from '../audit/write-audited';
import type { HandlerContext } from '../context';
import { CairnError } from '../errors';
import { openProjectFile } from '../projects/open-project';
import { requireIntactBeforeUpgrade } from '../audit/upgrade-check';
import { formatRecoveryKey } from '../projects/project-unlock';
import type { UserWithSecret } from '../users/users-repo';

export const PROJECT_EXTENSION = '.cairn';

/** Absolute path with the `.cairn` extension added when the person left it off. */
export function projectFilePath(path: string): string {
  const absolute = resolve(path);
  return extname(absolute).toLowerCase() === PROJECT_EXTENSION ? absolute : `${absolute}${PROJECT_EXTENSION}`;
}

/** The file to open: the path as given, or with `.cairn` added when only that exists. */
export function existingProjectPath(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return absolute;
  const withExtension = projectFilePath(absolute);
  return existsSync(withExtension) ? withExtension : absolute;
}

/** A new file needs an existing folder to live in. */
export function requireFolderFor(path: string, field = 'path'): void {
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new CairnError('file_not_found', `The folder ${folder} does not exist.`, field);
  }
}

export function sessionUserOf(user: UserWithSecret): SessionUser {
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

/** The user's Documents folder when there is one, else their home folder. */
export function defaultProjectFolder(home = homedir()): string {
  const documents = join(home, 'Documents');
  return existsSync(documents) && statSync(documents).isDirectory() ? documents : home;
}

export function statusOf(ctx: HandlerContext): AppStatus {
  const { session } = ctx;
  return {
    appVersion: ctx.config.appVersion,
    defaultProjectFolder: defaultProjectFolder(),
    project: session.project ? session.project.project.get() : null,
    user: session.user,
    locked: session.locked,
  };
}

/** Ends the current user's session with an audit row, if someone is signed in. */
export function signOut(ctx: HandlerContext, method: string): void {
  const { session } = ctx;
  const user = session.user;
  if (!session.project || !user) return;
  writeAudited(session.project, user, method, ctx.now(), (audit) => audit({ action: 'sign_out', entity: 'user', entityId: user.id, summary: `${user.name} signed out` }));
  session.user = null;
}

/** Signs out and closes whatever project is open, so a new one can take its place. */
export function closeProject(ctx: HandlerContext, method: string): void {
  signOut(ctx, method);
  stopIntegrityCheck(ctx.session.project);
  ctx.session.project?.close();
  ctx.session.project = null;
  ctx.session.locked = null;
}

/**
 * After creating (or encrypting) a file: closes what was open, opens the file with its key and signs
 * its creator in. The recovery key is returned this once; nothing keeps it.
 */
export function enterNewProject(ctx: HandlerContext, path: string, creatorEmail: string, method: string, key: Buffer | null): CreatedProject {
  closeProject(ctx, method);
  const opened = openProjectFile(path, ctx.migrations, ctx.now, key);
  ctx.session.project = opened;
  const creator = opened.users.byEmail(creatorEmail);
  ctx.session.user = creator ? sessionUserOf(creator) : null;
  ctx.recent.remember(path, opened.project.get().productName, ctx.now());
  return { ...statusOf(ctx), recoveryKey: key ? formatRecoveryKey(key) : null };
}

/** Opens a project file with its key (null for a plain file) in place of whatever was open. */
export function enterOpened(ctx: HandlerContext, path: string, key: Buffer | null, method: string): OpenedProject {
  requireIntactBeforeUpgrade(path, ctx.migrations, key);
  const opened = openProjectFile(path, ctx.migrations, ctx.now, key);
  closeProject(ctx, method);
  ctx.session.project = opened;
  const project = opened.project.get();
  ctx.recent.remember(path, project.productName, ctx.now());
  return { project, users: opened.users.signInCandidates() };
}
