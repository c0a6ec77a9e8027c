import type { Command } from 'commander';
import { GAP_KINDS } from '../../../shared/api/trace-types';
import { openAs, type SignInOptions, projectCommand } from '../cli-core';
import { EXIT } from '../exit-codes';
import { emit } from '../output';
import { runCommand } from '../run-command';

export function registerTraceCommand(program: Command): void {
  projectCommand(program, 'trace', 'The gap report: requirements with no item or verification, SOUP with no purpose, suspect links… Exits 3 when there are gaps.').action(
    (file: string, o: SignInOptions & { json?: boolean }) =>
      runCommand(o.json, async (cli) => {
        await openAs(cli, file, o, true);
        const report = await cli.call('trace.gaps', {});
        const { requirements, softwareItems, soup, riskControls, links } = report.checked;
        emit(o, report, () =>
          [
            `Checked ${requirements} requirements, ${softwareItems} software items, ${soup} SOUP items, ${riskControls} risk controls and ${links} trace links.`,
            ...GAP_KINDS.filter((k) => report.counts[k] > 0).map((k) => `${k}: ${report.counts[k]}`),
            ...report.gaps.map((g) => `  ${g.message}`),
            report.gaps.length === 0 ? 'No gaps.' : `${report.gaps.length} gap(s).`,
          ].join('\n'),
        );
        return report.gaps.length === 0 ? EXIT.ok : EXIT.checkFailed;
      }),
  );
}
