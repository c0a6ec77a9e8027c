import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { contract, isMethodName } from '../../../shared/api/contract';
import { openAs, type SignInOptions } from '../cli-core';
import { cliIo } from '../cli-io';
import { EXIT, exitCodeFor } from '../exit-codes';
import { CliFailure, reportFailure } from '../output';
import { runCommand } from '../run-command';

function parseInput(text: string, origin: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw CliFailure.usage(`The input in ${origin} is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * The CLI's generic door: any contract method on a project, with the same validation and result as the
 * app and the HTTP host. Prints the envelope as JSON.
 */
export function registerApiCommand(program: Command): void {
  program
    .command('api')
    .description('Call any API method on a project and print its JSON envelope (for scripts and CI).')
    .argument('<file>', 'project file ("-" for none: app-level methods)')
    .argument('<method>', 'method name, e.g. users.add (see --list)')
    .argument('[input]', 'JSON input (default {})')
    .option('--input-file <path>', 'read the JSON input from a file')
    .option('--user <email>', 'sign in as this team member first')
    .option('--password-stdin', 'read the password from standard input instead of CAIRN_PASSWORD')
    .addHelpText(
      'after',
      `\nMethods:\n${Object.entries(contract)
        .map(([name, def]) => `  ${name.padEnd(22)} ${def.doc}`)
        .join('\n')}`,
    )
    .action((file: string, method: string, inputText: string | undefined, o: SignInOptions & { inputFile?: string }) =>
      runCommand(true, async (cli) => {
        if (!isMethodName(method))
          throw new CliFailure(`There is no method called "${method}".`, EXIT.failed, { code: 'unknown_method', message: `There is no method called "${method}".` });
        const input = o.inputFile ? parseInput(readFileSync(o.inputFile, 'utf8'), o.inputFile) : parseInput(inputText ?? '{}', 'the command line');
        if (file !== '-') await openAs(cli, file, o, false);
        const result = await cli.raw(method, input);
        cliIo().stdout(`${JSON.stringify(result, null, 2)}\n`);
        if (!result.ok) {
          reportFailure(new CliFailure(result.error.message, exitCodeFor(result.error.code)), false);
          return exitCodeFor(result.error.code);
        }
      }),
    );
}
