import { existsSync, rmSync } from 'node:fs';
import type { Handlers, HandlerContext } from '../context';
import { closeProject, projectFilePath, statusOf } from '../handlers/session-helpers';
import { DEMO_PASSWORD, DEMO_PRODUCT, DEMO_TEAM } from './demo-content';
import { buildDemoDocuments, buildDemoDrafts, member, signInAs } from './demo-documents';
import { writeDemoMaintenance, writeDemoRecords } from './demo-areas';
import { releaseDemoVersion } from './demo-releases';
import { prepareKeyPairs } from '../signing/user-keys';

type DemoHandlers = Pick<Handlers, 'project.createDemo'>;

/**
 * Builds the sample project through the public API, so the demo exercises exactly the code paths a team
 * uses and every record in it carries a real audit trail: the records of 1.0.0, its documents approved,
 * the version released through the 5.8 checklist, then the field problem that starts 1.1.0.
 */
async function buildDemo(ctx: HandlerContext, path: string, encrypted: boolean): Promise<string | null> {
  const [owner, ...others] = DEMO_TEAM;
  // The owner's key is made at creation; the others' first signatures come later, so their keys can be made meanwhile.
  prepareKeyPairs(others.length);
  const { recoveryKey } = await ctx.call('project.create', {
    path,
    productName: DEMO_PRODUCT.productName,
    manufacturer: DEMO_PRODUCT.manufacturer,
    owner: { name: owner.name, email: owner.email, password: DEMO_PASSWORD },
    encrypted,
  });
  for (const member of others) {
    await ctx.call('users.add', { ...member, password: DEMO_PASSWORD });
  }
  await signInAs(ctx, member('author').email);
  await writeDemoRecords(ctx);
  await buildDemoDocuments(ctx);
  await releaseDemoVersion(ctx);
  await signInAs(ctx, member('author').email);
  await writeDemoMaintenance(ctx);
  await buildDemoDrafts(ctx);
  await signInAs(ctx, member('owner').email);
  return recoveryKey;
}

export const demoHandlers: DemoHandlers = {
  'project.createDemo': async (input, ctx) => {
    const path = projectFilePath(input.path);
    const existedBefore = existsSync(path);
    let recoveryKey: string | null;
    try {
      recoveryKey = await buildDemo(ctx, path, input.encrypted ?? true);
    } catch (error) {
      // A half-built sample is worse than none; only ever remove a file this very call created.
      if (!existedBefore && ctx.session.project?.path === path) {
        closeProject(ctx, 'project.createDemo');
        for (const suffix of ['', '-wal', '-shm', '-key']) rmSync(`${path}${suffix}`, { force: true });
      }
      throw error;
    }
    return { ...statusOf(ctx), recoveryKey };
  },
};
