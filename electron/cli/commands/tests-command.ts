import type { Command } from 'commander';
import type { TestsSummary, VerificationStatus } from '../../../shared/api/tests-types';
import { VERIFICATION_STATUSES } from '../../../shared/api/tests-types';
import { openAs, projectCommand, type SignInOptions } from '../cli-core';
import { emit } from '../output';
import { runCommand } from '../run-command';

const counts = (c: Record<VerificationStatus, number>) => VERIFICATION_STATUSES.map((s) => `${c[s]} ${s}`).join(', ');

function human(summary: TestsSummary): string {
  const lines = [`${summary.cases.length} test case(s); versions tested: ${summary.versions.length ? summary.versions.join(', ') : 'none yet'}.`];
  for (const c of summary.cases) {
    const latest = summary.versions.map((v) => `${v}: ${c.latest[v] ?? '—'}`).join('  ');
    lines.push(`  ${c.humanId} [${c.level}${c.automated ? ', automated' : ''}${c.retired ? ', retired' : ''}] ${c.title}${latest ? `  (${latest})` : ''}`);
  }
  for (const s of summary.status) {
    lines.push(`Version ${s.version} — requirements: ${counts(s.counts.requirements)}; risk controls: ${counts(s.counts.riskControls)}`);
    for (const r of [...s.requirements, ...s.riskControls].filter((x) => x.status !== 'passed'))
      lines.push(`  ${r.humanId} ${r.status}${r.tests.length ? ` (${r.tests.map((t) => `${t.humanId} ${t.outcome}`).join(', ')})` : ''}`);
  }
  return lines.join('\n');
}

export function registerTestsCommand(program: Command): void {
  projectCommand(program, 'tests', 'Test cases with their latest result per software version, and each version’s per-requirement status.')
    .addHelpText(
      'after',
      '\nRequirements and risk controls that have not passed are listed under each version with the tests behind them.\n\nExample:\n  cairn tests pump.cairn --user ada@example.com --json',
    )
    .action((file: string, o: SignInOptions & { json?: boolean }) =>
      runCommand(o.json, async (cli) => {
        await openAs(cli, file, o, true);
        const summary = await cli.call('tests.summary', {});
        emit(o, summary, () => human(summary));
      }),
    );
}
