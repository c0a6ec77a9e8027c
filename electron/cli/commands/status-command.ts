import type { Command } from 'commander';
import type { WalkStatus } from '../../../shared/api/walk-types';
import { openAs, type SignInOptions, projectCommand } from '../cli-core';
import { emit } from '../output';
import { runCommand } from '../run-command';

const STATE_WORDS = { not_started: 'not started', in_progress: 'in progress', done: 'done', blocked: 'blocked' } as const;

/** The JSON CI reads: exactly these five fields per stage, in walk order. */
export function statusJson(status: WalkStatus) {
  return { stages: status.stages.map(({ id, title, state, reason, next }) => ({ id, title, state, reason, next })) };
}

function statusText(status: WalkStatus): string {
  return [
    `The project follows class ${status.projectClass}.`,
    '',
    ...status.stages.flatMap((s, i) => [`${String(i + 1).padStart(2)}. ${s.title}: ${STATE_WORDS[s.state]}`, `    ${s.reason}`, ...(s.next ? [`    Next: ${s.next}`] : [])]),
  ].join('\n');
}

export function registerStatusCommand(program: Command): void {
  projectCommand(
    program,
    'status',
    'Where the project stands on the walk through the life cycle: each stage, its state from the records, and the next action. Exits 0 whatever the states.',
  ).action((file: string, o: SignInOptions & { json?: boolean }) =>
    runCommand(o.json, async (cli) => {
      await openAs(cli, file, o, true);
      const status = await cli.call('walk.status', {});
      emit(o, statusJson(status), () => statusText(status));
    }),
  );
}
