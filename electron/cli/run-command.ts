import { CliCore } from './cli-core';
import { setExitCode } from './cli-io';
import { EXIT } from './exit-codes';
import { CliFailure, reportFailure } from './output';

/**
 * Wraps one command: gives it a core, closes the project afterwards (which signs out, as in the app),
 * and turns any failure into a one-line reason and a non-zero exit code.
 */
export async function runCommand(json: boolean | undefined, body: (cli: CliCore) => Promise<number | void>): Promise<void> {
  const cli = await CliCore.start();
  let code: number = EXIT.ok;
  try {
    code = (await body(cli)) ?? EXIT.ok;
  } catch (error) {
    const failure = error instanceof CliFailure ? error : new CliFailure((error as Error).message, EXIT.failed);
    reportFailure(failure, json ?? false);
    code = failure.exitCode;
  } finally {
    await cli.close();
  }
  setExitCode(code);
}
