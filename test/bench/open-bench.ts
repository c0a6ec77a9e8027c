import type { Bench } from './bench-context';
import { figure, timed } from './measure';
import { OWNER } from '../support/team';
import { createTestCore } from '../support/test-core';

const RUNS = 3;

/** Open a 100k-row project as a person would: open, sign in, first page of the audit trail. */
export const openBench: Bench = {
  name: 'open a large project',
  async run(ctx) {
    const path = await ctx.largeProject();
    for (let run = 1; run <= RUNS; run += 1) {
      const core = createTestCore({ userDataDir: ctx.userDataDir, clock: () => new Date() });
      const open = await timed(() => core.call('project.open', { path }));
      const signIn = await timed(() => core.call('session.signIn', { email: OWNER.email, password: OWNER.password }));
      const page = await timed(() => core.call('audit.list', {}));
      if (!open.value.ok || !signIn.value.ok || !page.value.ok) throw new Error('opening the large project failed');
      figure(
        `run ${run}: open + sign in + first audit page`,
        open.ms + signIn.ms + page.ms,
        'ms',
        `open ${open.ms.toFixed(1)}, sign-in ${signIn.ms.toFixed(1)}, page ${page.ms.toFixed(1)}`,
      );
      await core.close();
    }
  },
};
