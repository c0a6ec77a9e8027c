import { Command, CommanderError } from 'commander';
import { APP_VERSION } from '../core/node-defaults';
import { registerApiCommand } from './commands/api-command';
import { registerArchitectureCommand } from './commands/architecture-command';
import { registerCheckCommand } from './commands/check-command';
import { registerDemoCommand } from './commands/demo-command';
import { registerDevPlanCommand } from './commands/dev-plan-command';
import { registerDocumentCommands } from './commands/document-commands';
import { registerImportCommand } from './commands/import-command';
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
import { EXIT } from './exit-codes';

const program = new Command()
  .name('cairn')
  .description('Cairn: IEC 62304 / ISO 14971 compliance records in one project file, from the command line.')
  .version(APP_VERSION)
  // Program options only before the command name, so a command may take its own --version (release-check).
  .enablePositionalOptions()
  .showSuggestionAfterError()
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(`cairn: ${text.replace(/^error: /, '').trim()}\n`) })
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

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end through here with exit code 0; usage errors with 1, which we map to 2.
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else throw error;
}
