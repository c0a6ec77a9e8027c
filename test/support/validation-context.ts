import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { callCairn } from '../../electron/cli/run-cairn';
import type { CairnRunner, OqContext } from '../../electron/core/validation/oq-context';
import { CLI_ENTRY } from './paths';

/** The door the real `cairn validate` drives: the CLI as a function. */
export const realCairn: CairnRunner = (argv, env) => callCairn(argv, { env });

/**
 * A fault injected at the door: `fault` sees every call and may answer it itself (a broken feature) or
 * pass it on to the real CLI.
 */
export function faultyCairn(fault: (argv: readonly string[], env: NodeJS.ProcessEnv, real: CairnRunner) => ReturnType<CairnRunner>): CairnRunner {
  return (argv, env) => fault(argv, env, realCairn);
}

/** An OQ context in its own folder under `dir`, with its own user data and a password for this test. */
export function oqContext(dir: string, name: string, cairn: CairnRunner = realCairn): OqContext {
  const workDir = join(dir, name);
  mkdirSync(workDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, CAIRN_USER_DATA: join(workDir, 'user-data'), CAIRN_PASSWORD: 'validation test password' };
  return { workDir, cairn, launcher: CLI_ENTRY, env };
}
