import type { Command } from 'commander';
import { openAs, openToRead, type SignInOptions, projectCommand, withSignIn } from '../cli-core';
import { EXIT } from '../exit-codes';
import { emit, table } from '../output';
import { readPassword, type PasswordOptions } from '../password';
import { runCommand } from '../run-command';
import { readAnchorPdf, verifyText } from './verify-text';

interface JsonOption {
  json?: boolean;
}

/** The recovery key, shown this once with what it is for; a plain file says it is not encrypted. */
export function recoveryKeyLines(recoveryKey: string | null): string[] {
  if (!recoveryKey) return ['The file is NOT encrypted: anyone with a copy can read it.'];
  return [
    "The file is encrypted; any active member's password opens it.",
    `Recovery key (shown only now; keep it in your company's escrow, it opens the file if every password is lost):`,
    `  ${recoveryKey}`,
  ];
}

export function registerProjectCommands(program: Command): void {
  program
    .command('init')
    .description('Create a new project file; the owner is its first user.')
    .argument('<file>', 'the project file to create (".cairn" is added if missing)')
    .requiredOption('--product <name>', 'product name')
    .requiredOption('--owner <name>', "the owner's full name")
    .requiredOption('--email <email>', "the owner's e-mail address (used to sign in)")
    .option('--manufacturer <name>', 'manufacturer (defaults to the product name)')
    .option('--password-stdin', "read the owner's password from standard input instead of CAIRN_PASSWORD")
    .option('--no-encryption', 'make a plain (unencrypted) file that other SQLite tools can read')
    .option('--json', 'machine-readable output')
    .addHelpText('after', '\nExample:\n  CAIRN_PASSWORD=… cairn init pump.cairn --product "Infusion Pump" --owner "Ada Lovelace" --email ada@example.com')
    .action((file: string, o: JsonOption & { product: string; owner: string; email: string; manufacturer?: string; passwordStdin?: boolean; encryption: boolean }) =>
      runCommand(o.json, async (cli) => {
        const password = await readPassword(o, 'The owner');
        const status = await cli.call('project.create', {
          path: file,
          productName: o.product,
          manufacturer: o.manufacturer ?? o.product,
          owner: { name: o.owner, email: o.email, password },
          encrypted: o.encryption,
        });
        emit(o, status, () =>
          [`Created ${status.project?.path} for "${status.project?.productName}"; owner ${status.user?.name}.`, ...recoveryKeyLines(status.recoveryKey)].join('\n'),
        );
      }),
    );

  program
    .command('info')
    .description('Show what a project file holds: product, manufacturer, team, audit trail size.')
    .argument('<file>', 'project file')
    .option('--password-stdin', "read a member's password (for an encrypted file) from standard input instead of CAIRN_PASSWORD")
    .option('--json', 'machine-readable output')
    .action((file: string, o: JsonOption & PasswordOptions) =>
      runCommand(o.json, async (cli) => {
        const opened = await openToRead(cli, file, o);
        const chain = await cli.call('audit.verify', {});
        const info = { ...opened.project, activeUsers: opened.users.length, auditRows: chain.checked };
        emit(o, info, () =>
          table([
            ['Product', info.productName],
            ['Manufacturer', info.manufacturer],
            ['File', info.path],
            ['Created', `${info.createdAt} with Cairn ${info.createdWith}`],
            ['Active users', String(info.activeUsers)],
            ['Audit rows', String(info.auditRows)],
          ]),
        );
      }),
    );

  program
    .command('verify')
    .description('Check the project file: the audit hash chain, every record against its trail, signed anchors, frozen content and secrets; exit 3 naming each problem.')
    .argument('<file>', 'project file')
    .option('--anchor <pdf>', "also prove the project's history still contains the audit head this Cairn PDF was made at")
    .option('--password-stdin', "read a member's password (for an encrypted file) from standard input instead of CAIRN_PASSWORD")
    .option('--json', 'machine-readable output')
    .action((file: string, o: JsonOption & PasswordOptions & { anchor?: string }) =>
      runCommand(o.json, async (cli) => {
        const anchorPdfBase64 = o.anchor === undefined ? undefined : readAnchorPdf(o.anchor);
        await openToRead(cli, file, o);
        const report = await cli.call('audit.verify', anchorPdfBase64 === undefined ? {} : { anchorPdfBase64 });
        emit(o, report, () => verifyText(report));
        return report.ok ? EXIT.ok : EXIT.checkFailed;
      }),
    );

  withSignIn(
    program
      .command('backup')
      .description('Write a consistent copy of a project file (safe while the app has it open); signed in and audited.')
      .argument('<file>', 'project file')
      .argument('<dest>', 'where to write the copy')
      .option('--overwrite', 'replace the destination if it is an earlier Cairn project file'),
  ).action((file: string, dest: string, o: JsonOption & SignInOptions & { overwrite?: boolean }) =>
    runCommand(o.json, async (cli) => {
      await openAs(cli, file, o, true);
      const result = await cli.call('project.backup', { dest, overwrite: o.overwrite ?? false });
      emit(o, result, () => `Backed up to ${result.path} (${result.bytes} bytes).`);
    }),
  );

  projectCommand(program, 'users', 'List the team: name, e-mail, role, active or not.').action((file: string, o: JsonOption & SignInOptions) =>
    runCommand(o.json, async (cli) => {
      await openAs(cli, file, o, true);
      const users = await cli.call('users.list', {});
      emit(o, users, () => table(users.map((u) => [u.name, `${u.email}  ${u.role}${u.active ? '' : '  (deactivated)'}`])));
    }),
  );
}
