import { CliFailure } from './output';

export interface PasswordOptions {
  passwordStdin?: boolean;
}

let stdinText: Promise<string> | undefined;

/**
 * Standard input is read once per command: a command that signs in and then signs asks for the same
 * password twice, and a second read of a pipe would find it empty.
 */
function readStdin(): Promise<string> {
  stdinText ??= (async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  })();
  return stdinText;
}

/**
 * Passwords never come from the command line (they would land in shell history and `ps`): they come
 * from CAIRN_PASSWORD or, with --password-stdin, from standard input (one trailing newline dropped).
 */
export async function readPassword(options: PasswordOptions, purpose: string): Promise<string> {
  if (options.passwordStdin) {
    const text = (await readStdin()).replace(/\r?\n$/, '');
    if (!text) throw CliFailure.usage(`No password on standard input for ${purpose}.`);
    return text;
  }
  const fromEnv = process.env.CAIRN_PASSWORD;
  if (fromEnv) return fromEnv;
  throw CliFailure.usage(`${purpose} needs a password: set CAIRN_PASSWORD or pass --password-stdin.`);
}
