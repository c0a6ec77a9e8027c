import type { Command } from 'commander';
import { openAs, type SignInOptions, projectCommand } from '../cli-core';
import { emit } from '../output';
import { runCommand } from '../run-command';

const STATUS = { not_started: 'not started', in_progress: 'in progress', done: 'done', not_applicable: 'not applicable' } as const;

export function registerPlanCommand(program: Command): void {
  projectCommand(program, 'plan', "The project's IEC 62304 clause checklist for its safety class, with each clause's status.").action(
    (file: string, o: SignInOptions & { json?: boolean }) =>
      runCommand(o.json, async (cli) => {
        await openAs(cli, file, o, true);
        const plan = await cli.call('plan.get', {});
        emit(o, plan, () =>
          [
            plan.classBasis,
            ...plan.progress.map((p) => `${p.process} ${p.label}: ${p.done} of ${p.applicable} required clauses done`),
            `Overall: ${plan.overall.done} of ${plan.overall.applicable}`,
            '',
            ...plan.clauses.map((c) => `${c.applies ? '✓' : '–'} ${c.clause.padEnd(7)} ${c.title.padEnd(60).slice(0, 60)} ${c.applies ? STATUS[c.status] : 'not required'}`),
          ].join('\n'),
        );
      }),
  );
}
