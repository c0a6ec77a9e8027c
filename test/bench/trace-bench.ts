import { join } from 'node:path';
import type { GapReport } from '../../shared/api/trace-types';
import { openTestProject } from '../support/project-db';
import { createInput, OWNER } from '../support/team';
import { createTestCore } from '../support/test-core';
import type { Bench } from './bench-context';
import { figure, timed } from './measure';
import { fillTraced, type TracedShape } from './traced-project';

const REQUIREMENTS = 10_000;
const ITEMS = 200;
const SOUP = 500;
const ROUNDS = 5;
/** The target for the gap report on this project. */
const GAP_TARGET_MS = 200;

/**
 * The large traced project: 10k requirements on 200 items (two or three links each), 500 SOUP packages
 * used by ten items each — 30k links (see traced-project.ts).
 */
const SHAPE: TracedShape = { requirements: REQUIREMENTS, items: ITEMS, soup: SOUP, fan: [2, 3] };

/** The gap report and the trace matrix on the large project, through the dispatcher as the app calls them. */
export const traceBench: Bench = {
  name: 'trace: gap report and matrix on 10k requirements / 30k links',
  async run(ctx) {
    const path = join(ctx.scratch('trace'), 'traced.cairn');
    const setup = createTestCore({ userDataDir: ctx.userDataDir, clock: () => new Date() });
    if (!(await setup.call('project.create', createInput(path))).ok) throw new Error('cannot create the bench project');
    await setup.close();
    const project = openTestProject(path);
    const ownerId = project.users.byEmail(OWNER.email)?.id ?? 0;
    const { ms: fillMs, value: links } = await timed(() => fillTraced(project, ownerId, SHAPE));
    project.close();
    figure(`generate ${REQUIREMENTS.toLocaleString('en-US')} requirements and ${links.toLocaleString('en-US')} links`, fillMs, 'ms');

    const core = createTestCore({ userDataDir: ctx.userDataDir, clock: () => new Date() });
    try {
      if (!(await core.call('project.open', { path })).ok) throw new Error('cannot open the bench project');
      if (!(await core.call('session.signIn', { email: OWNER.email, password: OWNER.password })).ok) throw new Error('cannot sign in');
      const gapTimes: number[] = [];
      let gapCount = 0;
      for (let i = 0; i < ROUNDS; i += 1) {
        const { ms, value } = await timed(() => core.call('trace.gaps', {}));
        if (!value.ok) throw new Error(value.error.message);
        gapTimes.push(ms);
        gapCount = (value.value as GapReport).gaps.length;
      }
      const matrix = await timed(() => core.call('trace.matrix', {}));
      const best = Math.min(...gapTimes);
      const median = [...gapTimes].sort((a, b) => a - b)[Math.floor(ROUNDS / 2)] ?? best;
      figure(`gap report (${gapCount.toLocaleString('en-US')} gaps), median of ${ROUNDS}`, median, 'ms', `best ${best.toFixed(0)} ms`);
      figure('gap report median ÷ 200 ms target', median / GAP_TARGET_MS, '×', median <= GAP_TARGET_MS ? 'within target' : 'OVER target');
      figure('trace matrix (10k rows)', matrix.ms, 'ms');
    } finally {
      await core.close();
    }
  },
};
