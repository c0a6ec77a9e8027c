import type { Command } from 'commander';
import { DEMO_PASSWORD, DEMO_TEAM } from '../../core/demo/demo-content';
import { emit, table } from '../output';
import { runCommand } from '../run-command';
import { recoveryKeyLines } from './project-commands';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('Create the sample project: a realistic example device to explore.')
    .argument('<file>', 'the project file to create')
    .option('--no-encryption', 'make a plain (unencrypted) file that other SQLite tools can read')
    .option('--json', 'machine-readable output')
    .action((file: string, o: { json?: boolean; encryption: boolean }) =>
      runCommand(o.json, async (cli) => {
        const status = await cli.call('project.createDemo', { path: file, encrypted: o.encryption });
        const team = DEMO_TEAM.map(({ name, email, role }) => ({ name, email, role }));
        emit(o, { ...status, team, password: DEMO_PASSWORD }, () =>
          [
            `Created the sample project "${status.project?.productName}" at ${status.project?.path}.`,
            `Every demo account's password is "${DEMO_PASSWORD}":`,
            table(team.map((m) => [m.name, `${m.email}  ${m.role}`])),
            ...recoveryKeyLines(status.recoveryKey),
          ].join('\n'),
        );
      }),
    );
}
