import type { ChainReport } from '../../shared/api/audit-types';
import type { Bench } from './bench-context';
import { figure, perSecond, timed } from './measure';
import { createTestCore } from '../support/test-core';

/** audit.verify recomputes every row's hash: how fast on the large project. */
export const verifyBench: Bench = {
  name: 'verify the hash chain',
  async run(ctx) {
    const path = await ctx.largeProject();
    const core = createTestCore({ userDataDir: ctx.userDataDir, clock: () => new Date() });
    try {
      if (!(await core.call('project.open', { path })).ok) throw new Error('cannot open the large project');
      const { ms, value } = await timed(() => core.call('audit.verify', {}));
      if (!value.ok || !(value.value as ChainReport).ok) throw new Error(`verify failed: ${JSON.stringify(value)}`);
      const rows = (value.value as ChainReport).checked;
      figure(`audit.verify over ${rows.toLocaleString('en-US')} rows`, ms, 'ms');
      figure('chain verify rate', perSecond(rows, ms), 'rows/s');
    } finally {
      await core.close();
    }
  },
};
