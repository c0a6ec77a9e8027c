import { callCairn } from '../../electron/cli/run-cairn';
import { REPO_ROOT } from './paths';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** App-level state for the CLI; required so no test touches the real user-data folder. */
  userData: string;
  password?: string;
  stdin?: string;
  /** The folder relative paths resolve against (a bad path must never land in the repository). */
  cwd?: string;
}

function cliEnv(options: CliOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CAIRN_USER_DATA: options.userData };
  delete env.CAIRN_PASSWORD;
  if (options.password !== undefined) env.CAIRN_PASSWORD = options.password;
  return env;
}

/** Folders in-process calls are running in now, and how many calls use each. */
const cwdUsers = new Map<string, number>();

/**
 * Runs `cairn <args>` as a function in this process: the same command layer as the binary, without a
 * process start and a TypeScript load per call (cli.test.ts spawns the real binary). A `cwd` becomes this worker's working folder for the
 * call (vitest runs each file in its own process); calls at once must agree on it.
 */
export async function runCli(args: readonly string[], options: CliOptions): Promise<CliResult> {
  const cwd = options.cwd ?? REPO_ROOT;
  const others = [...cwdUsers.keys()].filter((folder) => folder !== cwd);
  if (others.length) throw new Error(`runCli: a call in ${others[0]} is still running; in-process calls at once share one cwd.`);
  const previous = process.cwd();
  cwdUsers.set(cwd, (cwdUsers.get(cwd) ?? 0) + 1);
  process.chdir(cwd);
  try {
    return await callCairn(args, { env: cliEnv(options), stdin: options.stdin ?? '' });
  } finally {
    const left = (cwdUsers.get(cwd) ?? 1) - 1;
    if (left) cwdUsers.set(cwd, left);
    else {
      cwdUsers.delete(cwd);
      process.chdir(previous);
    }
  }
}
