import type { HandlerContext } from '../context';
import { CairnError } from '../errors';
import type { CauseRow } from './risk-chains-repo';

type Cause = Omit<CauseRow, 'chainId'>;

/** Refuses causes naming software that does not exist, or the same item and cause twice. */
export function checkCauses(ctx: HandlerContext, causes: readonly Cause[]): void {
  const seen = new Set<string>();
  for (const [i, cause] of causes.entries()) {
    if (!ctx.project.software.byId(cause.itemId)) throw new CairnError('not_found', `There is no software system, item or unit with id ${cause.itemId}.`, `causes.${i}.itemId`);
    const key = `${cause.itemId}:${cause.category}`;
    if (seen.has(key)) throw new CairnError('invalid_input', 'This software item is already named with the same cause; describe both in one entry.', `causes.${i}.category`);
    seen.add(key);
  }
}

/**
 * Keeps "software item can contribute to hazardous situation" trace links in step with the chains'
 * causes: a link for every item a chain on the situation names, and none once no chain names it (nor
 * the item's classification, when the item is a system).
 * Returns the links added and removed, for the audit row.
 */
export function syncContributions(ctx: HandlerContext, pairs: readonly { situationId: number; itemId: number }[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  const seen = new Set<string>();
  for (const { situationId, itemId } of pairs) {
    const key = `${situationId}:${itemId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const from = { type: 'software_item' as const, id: itemId };
    const to = { type: 'hazardous_situation' as const, id: situationId };
    const existing = ctx.project.trace.find(from, to);
    // A system's classification may name the situation too; its link then stays whatever the causes say.
    const wanted = ctx.project.risk.chains.itemStillContributes(situationId, itemId) || ctx.project.software.classificationNamesSituation(itemId, situationId);
    if (wanted && !existing && ctx.project.trace.link(from, to, ctx.now(), ctx.user.id)) added += 1;
    if (!wanted && existing && ctx.project.trace.unlink(existing.id)) removed += 1;
  }
  return { added, removed };
}
