import type { HandlerContext } from '../context';
import { DEMO_PASSWORD, DEMO_PRODUCT, DEMO_TEAM } from './demo-content';
import { buildDemoDocuments, buildDemoDrafts, member, signInAs } from './demo-documents';
import { writeDemoMaintenance, writeDemoRecords } from './demo-areas';
import { releaseDemoVersion } from './demo-releases';
import { prepareKeyPairs } from '../signing/user-keys';

/**
 * Builds the sample project through the public API, so the demo exercises exactly the code paths a team
 * uses and every record in it carries a real audit trail: the records of 1.0.0, its documents approved,
 * the version released through the 5.8 checklist, then the field problem that starts 1.1.0.
 */
export async function buildDemo(ctx: HandlerContext, path: string, encrypted: boolean): Promise<string | null> {
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
