import { cliIo } from './cli-io';
import { CliFailure } from './output';

export interface PasswordOptions {
  passwordStdin?: boolean;
}

/**
 * Passwords never come from the command line (they would land in shell history and `ps`): they come
 * from CAIRN_PASSWORD or, with --password-stdin, from standard input (one trailing newline dropped).
 */
export async function readPassword(options: PasswordOptions, purpose: string): Promise<string> {
  if (options.passwordStdin) {
    const text = (await cliIo().readStdin()).replace(/\r?\n$/, '');
    if (!text) throw CliFailure.usage(`No password on standard input for ${purpose}.`);
    return text;
  }
  const fromEnv = cliIo().env.CAIRN_PASSWORD;
  if (fromEnv) return fromEnv;
  throw CliFailure.usage(`${purpose} needs a password: set CAIRN_PASSWORD or pass --password-stdin.`);
}
