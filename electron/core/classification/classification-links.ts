import type { ClassifiedSituation } from '../../../shared/api/classification-types';
import type { ExternalControl, ExternalControlInput } from '../../../shared/regulatory/external-controls';
import type { HandlerContext } from '../context';
import { CairnError } from '../errors';
import { classificationRiskFile } from './classification-risk-file';

/** The picked situations as the record names them; an unknown id is refused on its own field. */
export function resolveSituations(ctx: HandlerContext, situationIds: readonly number[]): ClassifiedSituation[] {
  return situationIds.map((id, i) => {
    const row = ctx.project.risk.records.byId('situation', id);
    if (!row) throw new CairnError('not_found', `There is no hazardous situation with id ${id} in the risk file.`, `situationIds.${i}`);
    return { id: row.id, humanId: row.humanId, name: row.name };
  });
}

/**
 * The credited controls as the record keeps them. A control from the risk file takes its name and human
 * ID from the file and must be external to this system; one that runs inside it, or cannot be placed
 * yet, is refused with the reason the wizard shows.
 */
export function resolveControls(ctx: HandlerContext, systemId: number, controls: readonly ExternalControlInput[]): ExternalControl[] {
  if (!controls.some((c) => c.riskControlId !== undefined)) return controls.map((c) => ({ control: c.control, independence: c.independence }));
  const offered = new Map(classificationRiskFile(ctx.project, systemId).controls.map((c) => [c.id, c]));
  return controls.map((c, i) => {
    if (c.riskControlId === undefined) return { control: c.control, independence: c.independence };
    const found = offered.get(c.riskControlId);
    if (!found) throw new CairnError('not_found', `There is no risk control with id ${c.riskControlId} in the risk file.`, `externalControls.${i}.riskControlId`);
    if (found.placement !== 'external')
      throw new CairnError('invalid_input', `${found.humanId} cannot be credited as external: ${found.reason}`, `externalControls.${i}.riskControlId`);
    return { control: found.name, independence: c.independence, riskControlId: found.id, riskControlHumanId: found.humanId };
  });
}

/**
 * Makes the system's "can contribute to" links match the picked situations: links are added for new
 * ones; a link to a situation no longer picked goes, unless a chain still names the system as a cause
 * (the risk analysis then keeps it). Returns the human IDs added and removed, for the audit row.
 */
export function syncSituationLinks(ctx: HandlerContext, systemId: number, picked: readonly ClassifiedSituation[]): { added: string[]; removed: string[] } {
  const from = { type: 'software_item' as const, id: systemId };
  const wanted = new Set(picked.map((s) => s.id));
  const added = picked.filter((s) => ctx.project.trace.link(from, { type: 'hazardous_situation', id: s.id }, ctx.now(), ctx.user.id)).map((s) => s.humanId);
  const stale = ctx.project.trace
    .linksOf(from)
    .filter((l) => l.to.type === 'hazardous_situation' && !wanted.has(l.to.id) && !ctx.project.risk.chains.itemStillContributes(l.to.id, systemId));
  const labels = ctx.project.risk.situations.labels(stale.map((l) => l.to.id));
  const removed = stale.filter((l) => ctx.project.trace.unlink(l.id)).map((l) => labels.get(l.to.id)?.humanId ?? `#${l.to.id}`);
  return { added, removed };
}
