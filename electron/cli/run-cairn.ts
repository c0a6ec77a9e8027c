import { CommanderError } from 'commander';
import { bufferedIo, inInvocation, type CliIo } from './cli-io';
import { EXIT } from './exit-codes';
import { buildProgram } from './program';

/**
 * `cairn <argv>` over the given streams; resolves to the exit code. No process.exit and no state kept
 * between calls: the binary calls it once, tests call it as often as they like in one process.
 */
export function runCairn(argv: readonly string[], io: CliIo): Promise<number> {
  return inInvocation(io, async () => {
    try {
      await buildProgram(io, runCairn).parseAsync([...argv], { from: 'user' });
      return undefined;
    } catch (error) {
      // --help and --version end through here with exit code 0; usage errors with 1, which we map to 2.
      if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      throw error;
    }
  });
}

export interface CairnResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI as a function: argv, environment and standard input in; exit code and both outputs back. */
export async function callCairn(argv: readonly string[], options: { env: NodeJS.ProcessEnv; stdin?: string }): Promise<CairnResult> {
  const io = bufferedIo(options.env, options.stdin ?? '');
  const code = await runCairn(argv, io);
  return { code, ...io.output() };
}
