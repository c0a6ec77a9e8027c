import type { Command } from 'commander';
import type { DevPlanStepView, DevPlanView } from '../../../shared/api/dev-plan-types';
import { openAs, type SignInOptions, projectCommand } from '../cli-core';
import { EXIT } from '../exit-codes';
import { emit } from '../output';
import { runCommand } from '../run-command';

const STATE_WORDS: Record<DevPlanStepView['state'], string> = {
  empty: 'empty',
  generated: 'Cairn’s draft',
  'generated-outdated': 'Cairn’s draft (facts changed since)',
  edited: 'written by the team',
};

function humanPlan(plan: DevPlanView): string {
  const width = Math.max(...plan.steps.map((s) => `${s.reference} ${s.title}`.length));
  return [
    plan.classBasis,
    `Required steps: ${plan.progress.required}, done ${plan.progress.requiredDone}, missing ${plan.progress.missing}.`,
    '',
    ...plan.steps.map((s) => {
      const mark = s.missing ? '✗' : s.done ? '✓' : '·';
      const need = s.required ? 'required' : 'optional';
      return `${mark} ${`${s.reference} ${s.title}`.padEnd(width)}  ${need.padEnd(8)}  ${STATE_WORDS[s.state]}${s.done ? ', done' : ''}`;
    }),
  ].join('\n');
}

export function registerDevPlanCommand(program: Command): void {
  projectCommand(program, 'dev-plan', "The software development plan's steps for the project's class, each with whether it is required and written.")
    .addHelpText('after', '\nExits with code 3 when a step the class requires has no text, so CI can gate on a complete plan.')
    .action((file: string, o: SignInOptions & { json?: boolean }) =>
      runCommand(o.json, async (cli) => {
        await openAs(cli, file, o, true);
        const plan = await cli.call('devPlan.get', {});
        emit(o, plan, () => humanPlan(plan));
        return plan.progress.missing > 0 ? EXIT.checkFailed : EXIT.ok;
      }),
    );
}
