import type { Command } from 'commander';
import type { RiskMatrix, RiskRow } from '../../../shared/api/risk-types';
import type { RiskEstimate } from '../../../shared/risk/evaluate';
import { openAs, type SignInOptions, projectCommand } from '../cli-core';
import { EXIT } from '../exit-codes';
import { emit } from '../output';
import { runCommand } from '../run-command';

type Options = SignInOptions & { json?: boolean };

const verdict = (e: RiskEstimate | null) => (e ? `${e.cell} ${e.acceptability === 'acceptable' ? 'acceptable' : 'UNACCEPTABLE'}` : 'not estimated');

function riskLines(rows: readonly RiskRow[]): string[] {
  return rows.flatMap((r) => [
    `${r.humanId}  ${r.hazard.humanId} ${r.hazard.name} → ${r.situation.humanId} ${r.situation.name} → ${r.harm.humanId} ${r.harm.name}`,
    `    initial ${verdict(r.initial)}${r.initial.p1 !== null ? ` (P1 ${r.initial.p1}, P2 ${r.initial.p2})` : ''}; residual ${verdict(r.residual)}`,
    ...r.controls.map((c) => `    ${c.humanId} [${c.type}] ${c.name}${c.requirements.length ? ` → ${c.requirements.map((q) => q.humanId).join(', ')}` : ' → no requirement'}`),
    ...r.open.map((o) => `    open: ${o}`),
  ]);
}

/** The matrix as text: one row per P level, most likely first, "initial/residual" counts per cell, * where unacceptable. */
function matrixLines(m: RiskMatrix): string[] {
  const labels = m.severity.map((s, i) => `S${i + 1} ${s}`);
  const width = Math.max(7, ...labels.map((l) => l.length));
  const head = `${''.padEnd(14)}${labels.map((l) => l.padEnd(width + 2)).join('')}`;
  const rows = m.probability
    .map((p, i) => {
      const cells = m.severity.map((_s, j) => `${m.initial[i]?.[j] ?? 0}/${m.residual[i]?.[j] ?? 0}${m.acceptability[i]?.[j] === 'unacceptable' ? '*' : ''}`.padEnd(width + 2));
      return `${`P${i + 1} ${p}`.slice(0, 13).padEnd(14)}${cells.join('')}`;
    })
    .reverse();
  return [
    'Chains per cell, before/after control (* = unacceptable cell):',
    head,
    ...rows,
    `${m.chains} chain(s); unacceptable: ${m.unacceptableInitial} before, ${m.unacceptableResidual} after control; ${m.residualPending} without a residual estimate.`,
  ];
}

export function registerRiskCommands(program: Command): void {
  projectCommand(program, 'risks', 'Every risk chain with its initial and residual P, S, cell and acceptability, its controls and their requirements.').action(
    (file: string, o: Options) =>
      runCommand(o.json, async (cli) => {
        await openAs(cli, file, o, true);
        const list = await cli.call('risk.list', {});
        emit(o, list, () => [...riskLines(list.rows), `${list.total} risk chain(s).`].join('\n'));
        return EXIT.ok;
      }),
  );

  projectCommand(program, 'risk-matrix', 'How many risk chains sit in each cell of the acceptability matrix, before and after control.').action((file: string, o: Options) =>
    runCommand(o.json, async (cli) => {
      await openAs(cli, file, o, true);
      const matrix = await cli.call('risk.matrix', {});
      emit(o, matrix, () => matrixLines(matrix).join('\n'));
      return EXIT.ok;
    }),
  );
}
