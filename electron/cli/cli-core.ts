import type { Command } from 'commander';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import type { Core } from '../core/core';
import { sourceCoreConfig } from '../core/node-defaults';
import { cliIo } from './cli-io';
import { CliFailure } from './output';
import { readPassword, type PasswordOptions } from './password';
import type { OpenedProject, ProjectInfo } from '../../shared/api/types';

/** A core for one CLI invocation, with typed calls that turn refusals into CliFailures. */
export class CliCore {
  private constructor(private readonly core: Core) {}

  /**
   * Loads the core only when a command runs: `cairn --help` and usage errors never pay for SQLite, the
   * PDF engine and the rest (in the bundle the core is a chunk of its own).
   */
  static async start(): Promise<CliCore> {
    const { createCore } = await import('../core/core');
    return new CliCore(createCore(sourceCoreConfig(cliIo().env)));
  }

  async call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
    const result = await this.core.call(method, input);
    if (!result.ok) throw CliFailure.fromApi(result.error);
    return result.value as OutputOf<M>;
  }

  /** Raw envelope, for the generic `api` command. */
  raw(method: string, input: unknown) {
    return this.core.call(method, input);
  }

  onProgress(listener: (fraction: number, label: string) => void): void {
    this.core.onEvent((event) => {
      if (event.type === 'job.progressed') listener(event.fraction, event.label);
    });
  }

  close(): Promise<void> {
    return this.core.close();
  }
}

export interface SignInOptions extends PasswordOptions {
  user?: string;
}

/**
 * Opens a project for a command that reads it without signing in. An encrypted file needs a member's
 * password (CAIRN_PASSWORD or --password-stdin), which unlocks it and signs nobody in.
 */
export async function openToRead(cli: CliCore, file: string, options: PasswordOptions = {}): Promise<OpenedProject & { project: ProjectInfo }> {
  const givenPassword = options.passwordStdin || cliIo().env.CAIRN_PASSWORD ? await readPassword(options, `Opening ${file}`) : undefined;
  const opened = await cli.call('project.open', { path: file, ...(givenPassword === undefined ? {} : { password: givenPassword }) });
  if (!opened.project) throw CliFailure.usage(`${file} is encrypted: give a team member's password in CAIRN_PASSWORD or with --password-stdin.`);
  return { ...opened, project: opened.project };
}

/**
 * Opens a project and, when --user is given, signs that person in (both leave audit rows, as in the app).
 * Without --user an encrypted file stays locked, as it does in the app before anyone signs in.
 */
export async function openAs(cli: CliCore, file: string, options: SignInOptions, required: boolean): Promise<void> {
  if (!options.user) {
    if (required) throw CliFailure.usage('This command needs --user <email> (and CAIRN_PASSWORD or --password-stdin).');
    await cli.call('project.open', { path: file });
    return;
  }
  const password = await readPassword(options, `Signing in as ${options.user}`);
  // An encrypted file stays locked here: signing in unlocks it with the member's own slot, one derivation for both.
  await cli.call('project.open', { path: file });
  await cli.call('session.signIn', { email: options.user, password });
}

/** The options of every command that signs someone in: who, how the password arrives, JSON output. */
export function withSignIn(command: Command, json = 'machine-readable output'): Command {
  return command
    .requiredOption('--user <email>', 'sign in as this team member')
    .option('--password-stdin', 'read the password from standard input instead of CAIRN_PASSWORD')
    .option('--json', json);
}

/** A command over one project file, signed in: `cairn <name> <project> --user … [--json]`. */
export function projectCommand(program: Command, name: string, description: string, json?: string): Command {
  return withSignIn(program.command(name).description(description).argument('<project>', 'project file'), json);
}
