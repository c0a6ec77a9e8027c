import { openDatabase, type Db } from '../db/connection';
import { isEncryptedFile, unlockWithPassword } from '../projects/project-unlock';
import { join } from 'node:path';

/** What one `cairn` invocation returned: the door the OQ drives is the installed command line itself. */
export interface CairnOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `cairn <argv>` with the given environment (the CLI passes itself; a test may pass a broken one). */
export type CairnRunner = (argv: readonly string[], env: NodeJS.ProcessEnv) => Promise<CairnOutcome>;

/** The owner every OQ project is created with; the password exists only for this run. */
export const OQ_OWNER = { name: 'Validation Owner', email: 'validation@cairn.invalid' } as const;

/** Everything an OQ scenario needs: a private folder, the door, and who signs in. */
export interface OqContext {
  /** A temporary folder of this run: every project, import and export lives under it. */
  readonly workDir: string;
  readonly cairn: CairnRunner;
  /** The installed `cairn` entry script, for the one scenario that needs a process of its own to kill. */
  readonly launcher: string;
  /** CAIRN_USER_DATA inside workDir and CAIRN_PASSWORD (the owner's, made for this run): no user state is touched. */
  readonly env: NodeJS.ProcessEnv;
}

/**
 * A connection to a run's project from outside the app, as someone holding the file and a member's password
 * would make it: the core's one connection function, an encrypted file unlocked with the run's password.
 */
export function openOutside(ctx: OqContext, file: string, readonly = false): Db {
  const key = isEncryptedFile(file) ? unlockWithPassword(file, ctx.env.CAIRN_PASSWORD ?? '').key : null;
  return openDatabase(file, key, { readonly });
}

export function oqPath(ctx: OqContext, name: string): string {
  return join(ctx.workDir, name);
}

/** `cairn <argv>` in the run's environment. */
export function cairn(ctx: OqContext, ...argv: string[]): Promise<CairnOutcome> {
  return ctx.cairn(argv, ctx.env);
}

/** Signed in as the OQ owner: the options every signed-in command takes. */
export function asOwner(): string[] {
  return ['--user', OQ_OWNER.email];
}

/** Parses a command's --json output, naming the command when it is not JSON. */
export function jsonOf<T>(outcome: CairnOutcome, what: string): T {
  try {
    return JSON.parse(outcome.stdout) as T;
  } catch {
    throw new Error(`${what} printed no JSON (exit ${outcome.code}): ${outcome.stderr.trim() || outcome.stdout.slice(0, 200)}`);
  }
}

/** Creates a project owned by OQ_OWNER at `name` in the work folder; throws when init fails. */
export async function createOqProject(ctx: OqContext, name: string, product: string): Promise<string> {
  const file = oqPath(ctx, name);
  const created = await cairn(ctx, 'init', file, '--product', product, '--owner', OQ_OWNER.name, '--email', OQ_OWNER.email, '--json');
  if (created.code !== 0) throw new Error(`cairn init exited ${created.code}: ${created.stderr.trim()}`);
  return file;
}
