import type { Command } from 'commander';
import type { CheckFinding } from '../../../shared/api/check-types';
import { openAs, type SignInOptions, projectCommand } from '../cli-core';
import { EXIT } from '../exit-codes';
import { emit } from '../output';
import { runCommand } from '../run-command';

/** The finding as scripts read it: exactly these keys, in this order (the app's link target stays inside). */
const forMachines = (f: CheckFinding) => ({ rule: f.rule, severity: f.severity, clause: f.clause, records: f.records, message: f.message, fix: f.fix });

function describe(f: CheckFinding): string {
  return `${f.severity.toUpperCase()} ${f.rule} [${f.clause}] ${f.records.join(', ')}\n  ${f.message}\n  Fix: ${f.fix}`;
}

export function registerCheckCommand(program: Command): void {
  projectCommand(
    program,
    'check',
    'The project-wide consistency check: contradictions between records, documents and the standards. Exits 3 while an error-level finding remains.',
  ).action((file: string, o: SignInOptions & { json?: boolean }) =>
    runCommand(o.json, async (cli) => {
      await openAs(cli, file, o, true);
      const report = await cli.call('check.run', {});
      emit(o, { findings: report.findings.map(forMachines) }, () => [...report.findings.map(describe), `${report.errors} error(s), ${report.warnings} warning(s).`].join('\n'));
      return report.errors > 0 ? EXIT.checkFailed : EXIT.ok;
    }),
  );
}
