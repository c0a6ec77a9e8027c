import { cliIo } from './cli-io';
import { CliFailure } from './output';

export interface PasswordOptions {
  passwordStdin?: boolean;
}

/** Where each password of one command comes from: its line of standard input, or its environment variable. */
const SOURCES = {
  /** The person signing in (and signing). */
  own: { line: 0, env: 'CAIRN_PASSWORD' },
  /** An owner co-signing someone else's trust change (--owner). */
  owner: { line: 1, env: 'CAIRN_OWNER_PASSWORD' },
} as const;

/**
 * Passwords never come from the command line (they would land in shell history and `ps`): they come
 * from CAIRN_PASSWORD (an owner's co-signature from CAIRN_OWNER_PASSWORD) or, with --password-stdin,
 * from standard input, read once per command: the first line is your password, the second the owner's.
 */
export async function readPassword(options: PasswordOptions, purpose: string, whose: keyof typeof SOURCES = 'own'): Promise<string> {
  const source = SOURCES[whose];
  if (options.passwordStdin) {
    const text = (await cliIo().readStdin()).split(/\r?\n/)[source.line] ?? '';
    if (!text) throw CliFailure.usage(`No password on line ${source.line + 1} of standard input for ${purpose}.`);
    return text;
  }
  const fromEnv = cliIo().env[source.env];
  if (fromEnv) return fromEnv;
  throw CliFailure.usage(`${purpose} needs a password: set ${source.env} or pass --password-stdin${source.line > 0 ? ` (line ${source.line + 1})` : ''}.`);
}
