import type { SoftwareNode } from '../../../shared/api/software-types';
import type { HandlerContext } from '../context';
import { storyDate } from './demo-calendar';
import { MOBILE_APP_PACKAGES, MOBILE_SOUP_RECORDS, packageLock, PORTAL_PACKAGES, SUPPLIERS } from './demo-soup-content';

function nodeIds(nodes: SoftwareNode[], into = new Map<string, number>()): Map<string, number> {
  for (const node of nodes) {
    into.set(node.name, node.id);
    nodeIds(node.children, into);
  }
  return into;
}

/** Imports a lockfile the way a person does: preview, then accept that preview. */
async function importLockfile(ctx: HandlerContext, source: string, content: string): Promise<void> {
  const preview = await ctx.call('soup.previewImport', { content, source });
  await ctx.call('soup.applyImport', { content, source, token: preview.token });
}

/**
 * BreathWise's SOUP: the mobile app's and the portal's lockfiles imported, suppliers filled in, and the
 * class B app's direct packages documented (requirements, needs, anomaly review, risk) and linked to
 * the items that use them. The portal is class A, so identity is all it needs.
 */
export async function buildDemoSoup(ctx: HandlerContext): Promise<void> {
  await importLockfile(ctx, 'mobile-app/package-lock.json', packageLock('breathwise-mobile', MOBILE_APP_PACKAGES));
  await importLockfile(ctx, 'portal/package-lock.json', packageLock('breathwise-portal', PORTAL_PACKAGES));
  const ids = nodeIds(await ctx.call('software.tree', {}));
  const { items } = await ctx.call('soup.list', {});
  for (const soup of items) {
    const record = soup.source.startsWith('mobile-app/') ? MOBILE_SOUP_RECORDS.find((r) => r.name === soup.name) : undefined;
    const supplier = SUPPLIERS[soup.name] ?? '';
    if (record) {
      const { name: _name, items: itemNames, anomalyReviewedDaysAgo: daysAgo, ...fields } = record;
      const anomalyReviewedAt = daysAgo === null ? null : storyDate(ctx, -daysAgo);
      await ctx.call('soup.update', { id: soup.id, supplier, ...fields, anomalyReviewedAt });
      await ctx.call('soup.setItems', { id: soup.id, itemIds: itemNames.map((n) => ids.get(n)).filter((id): id is number => id !== undefined) });
    } else if (supplier) {
      const portalUse = soup.source.startsWith('portal/') && soup.direct ? { purpose: `Clinician portal backend: ${PORTAL_PURPOSES[soup.name] ?? ''}`.trim() } : {};
      await ctx.call('soup.update', { id: soup.id, supplier, ...portalUse });
      if (portalUse.purpose) await ctx.call('soup.setItems', { id: soup.id, itemIds: [ids.get('BreathWise clinician portal') ?? 0] });
    }
  }
}

const PORTAL_PURPOSES: Record<string, string> = {
  fastify: 'HTTP server for the portal API.',
  pg: 'PostgreSQL client for session and alert storage.',
  jose: 'Verifies the sign-in tokens (JWT) of clinicians and the app.',
  zod: 'Validates every API request body.',
};
