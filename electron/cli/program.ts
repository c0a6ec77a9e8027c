import { Command } from 'commander';
import { APP_VERSION } from '../core/node-defaults';
import { registerApiCommand } from './commands/api-command';
import { registerArchitectureCommand } from './commands/architecture-command';
import { registerCheckCommand } from './commands/check-command';
import { registerDemoCommand } from './commands/demo-command';
import { registerDevPlanCommand } from './commands/dev-plan-command';
import { registerDocumentCommands } from './commands/document-commands';
import { registerImportCommand } from './commands/import-command';
import { registerKeysCommands } from './commands/keys-command';
import { registerPlanCommand } from './commands/plan-command';
import { registerProjectCommands } from './commands/project-commands';
import { registerQmsCommand } from './commands/qms-command';
import { registerRegulatoryCommands } from './commands/regulatory-commands';
import { registerReleaseCommands } from './commands/release-commands';
import { registerRequirementsCommand } from './commands/requirements-command';
import { registerRiskCommands } from './commands/risk-commands';
import { registerSoupCommand } from './commands/soup-command';
import { registerStatusCommand } from './commands/status-command';
import { registerTestsCommand } from './commands/tests-command';
import { registerTraceCommand } from './commands/trace-command';
import { registerValidateCommand, type CairnFunction } from './commands/validate-command';
import type { CliIo } from './cli-io';

/**
 * A fresh `cairn` command tree for one invocation: commander keeps parse state on its commands, so no
 * two invocations share one. Its own output (help, usage errors) goes to the invocation's streams.
 * `cairnFunction` is runCairn itself, handed in so `validate` can drive the CLI without an import cycle.
 */
export function buildProgram(io: CliIo, cairnFunction: CairnFunction): Command {
  const program = new Command()
    .name('cairn')
    .description('Cairn: IEC 62304 / ISO 14971 compliance records in one project file, from the command line.')
    .version(APP_VERSION)
    // Program options only before the command name, so a command may take its own --version (release-check).
    .enablePositionalOptions()
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(`cairn: ${text.replace(/^error: /, '').trim()}\n`),
      // Off a terminal, help has a fixed width and no colour, whatever terminal the caller sits at.
      ...(io.stdoutIsTTY ? {} : { getOutHelpWidth: () => 80, getErrHelpWidth: () => 80, getOutHasColors: () => false, getErrHasColors: () => false }),
    })
    .addHelpText(
      'after',
      '\nPasswords are never given on the command line: set CAIRN_PASSWORD or pass --password-stdin.\nExit codes: 0 ok, 1 refused or failed, 2 wrong usage or input, 3 a check found problems.',
    );

  registerProjectCommands(program);
  registerDemoCommand(program);
  registerDocumentCommands(program);
  registerPlanCommand(program);
  registerStatusCommand(program);
  registerDevPlanCommand(program);
  registerApiCommand(program);
  registerRegulatoryCommands(program);
  registerTraceCommand(program);
  registerRiskCommands(program);
  registerQmsCommand(program);
  registerImportCommand(program);
  registerRequirementsCommand(program);
  registerSoupCommand(program);
  registerArchitectureCommand(program);
  registerTestsCommand(program);
  registerReleaseCommands(program);
  registerCheckCommand(program);
  registerKeysCommands(program);
  registerValidateCommand(program, cairnFunction);
  return program;
}
