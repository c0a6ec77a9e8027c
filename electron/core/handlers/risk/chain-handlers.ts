import { residualProblem } from '../../../../shared/risk/controls';
import type { Handlers, HandlerContext } from '../../context';
import { CairnError } from '../../errors';
import { checkCauses, syncContributions } from '../../risk/risk-causes';
import type { ChainFields, ChainRow } from '../../risk/risk-chains-repo';
import { chainOrThrow, estimateOrThrow, markChainSuspect, normalEstimate, recordOrThrow, suspectNote } from '../../risk/risk-lookups';
import { riskMatrix } from '../../risk/risk-matrix';
import { riskRows } from '../../risk/risk-view';
import type { CauseCategory } from '../../../../shared/risk/catalogue';
import { requireAuthor } from '../require-author';

type ChainHandlers = Pick<Handlers, 'risk.addChain' | 'risk.updateChain' | 'risk.setResidual' | 'risk.removeChain' | 'risk.list' | 'risk.matrix'>;

type Cause = { itemId: number; category: CauseCategory; description: string };

/**
 * Checks a chain as it would be stored: its records exist, its estimates fit the plan, and a residual
 * estimate below the initial one is earned by its controls. Throws the first problem on its field.
 */
export function checkChain(ctx: HandlerContext, fields: ChainFields, chainId: number | null): void {
  recordOrThrow(ctx, 'hazard', fields.hazardId, 'hazardId');
  recordOrThrow(ctx, 'situation', fields.situationId, 'situationId');
  recordOrThrow(ctx, 'harm', fields.harmId, 'harmId');
  const { scales } = ctx.project.risk.plan.get();
  const initial = estimateOrThrow(scales, fields.initial, 'initial.');
  if (!fields.residual) return;
  const residual = estimateOrThrow(scales, fields.residual, 'residual.');
  const controls = chainId === null ? [] : ctx.project.risk.controls.controlIdsOf(chainId).flatMap((id) => ctx.project.risk.controls.byId(id) ?? []);
  const problem = residualProblem(initial, residual, controls);
  if (!problem.ok) throw new CairnError('invalid_input', problem.problem.message, problem.problem.field);
}

function rowOf(ctx: HandlerContext, chain: ChainRow) {
  const row = riskRows(ctx.project, [chain])[0];
  if (!row) throw new CairnError('internal', `${chain.humanId} could not be read back.`);
  return row;
}

function causePairs(situationIds: readonly number[], causes: readonly Cause[]) {
  return situationIds.flatMap((situationId) => causes.map((c) => ({ situationId, itemId: c.itemId })));
}

export const riskChainHandlers: ChainHandlers = {
  'risk.addChain': (input, ctx) => {
    requireAuthor(ctx, 'write the hazard analysis');
    const { causes, ...rest } = input;
    const fields: ChainFields = { ...rest, initial: normalEstimate(rest.initial), residual: null, benefitRisk: '' };
    checkChain(ctx, fields, null);
    checkCauses(ctx, causes);
    const chain = ctx.project.risk.chains.insert(fields, ctx.now());
    ctx.project.risk.chains.replaceCauses(chain.id, causes);
    const links = syncContributions(ctx, causePairs([chain.situationId], causes));
    ctx.audit({
      action: 'create',
      entity: 'risk_chain',
      entityId: chain.humanId,
      summary: `${chain.humanId} added${links.added ? `; ${links.added} software item(s) linked to the hazardous situation` : ''}`,
      after: { ...fields, causes },
    });
    return rowOf(ctx, chain);
  },

  'risk.updateChain': (input, ctx) => {
    requireAuthor(ctx, 'write the hazard analysis');
    const chain = chainOrThrow(ctx, input.id);
    const before = ctx.project.risk.chains.causes(chain.id).map(({ chainId: _c, ...c }) => c as Cause);
    const next: ChainFields = {
      hazardId: input.hazardId ?? chain.hazardId,
      sequenceOfEvents: input.sequenceOfEvents ?? chain.sequenceOfEvents,
      situationId: input.situationId ?? chain.situationId,
      harmId: input.harmId ?? chain.harmId,
      initial: normalEstimate(input.initial ?? chain.initial),
      residual: chain.residual,
      benefitRisk: chain.benefitRisk,
    };
    const causes = input.causes ?? before;
    const { id: _id, humanId: _h, createdAt: _c, updatedAt: _u, ...current } = chain;
    if (JSON.stringify(current) === JSON.stringify(next) && JSON.stringify(before) === JSON.stringify(causes)) throw new CairnError('invalid_input', 'Nothing to change.');
    checkChain(ctx, next, chain.id);
    checkCauses(ctx, causes);
    ctx.project.risk.chains.update(chain.id, next, ctx.now());
    ctx.project.risk.chains.replaceCauses(chain.id, causes);
    const links = syncContributions(ctx, causePairs([chain.situationId, next.situationId], [...before, ...causes]));
    const suspect = markChainSuspect(ctx, { ...chain, ...next }, `${chain.humanId} was changed`);
    ctx.audit({
      action: 'update',
      entity: 'risk_chain',
      entityId: chain.humanId,
      summary: `${chain.humanId} changed${suspectNote(suspect)}${links.added + links.removed ? `; item links +${links.added} −${links.removed}` : ''}`,
      before: { ...current, causes: before },
      after: { ...next, causes },
    });
    return rowOf(ctx, { ...chain, ...next });
  },

  'risk.setResidual': (input, ctx) => {
    requireAuthor(ctx, 'evaluate residual risk');
    const chain = chainOrThrow(ctx, input.id);
    const next: ChainFields = { ...chain, residual: input.residual && normalEstimate(input.residual), benefitRisk: input.benefitRisk ?? chain.benefitRisk };
    if (JSON.stringify(next.residual) === JSON.stringify(chain.residual) && next.benefitRisk === chain.benefitRisk) throw new CairnError('invalid_input', 'Nothing to change.');
    checkChain(ctx, next, chain.id);
    ctx.project.risk.chains.update(chain.id, next, ctx.now());
    const row = rowOf(ctx, { ...chain, ...next });
    ctx.audit({
      action: 'update',
      entity: 'risk_chain',
      entityId: chain.humanId,
      summary: `${chain.humanId} residual risk ${row.residual ? `${row.residual.cell}, ${row.residual.acceptability}` : 'cleared'}`,
      before: { residual: chain.residual, benefitRisk: chain.benefitRisk },
      after: { residual: next.residual, benefitRisk: next.benefitRisk },
    });
    return row;
  },

  'risk.removeChain': (input, ctx) => {
    requireAuthor(ctx, 'write the hazard analysis');
    const chain = chainOrThrow(ctx, input.id);
    const causes = ctx.project.risk.chains.causes(chain.id);
    const controlIds = ctx.project.risk.controls.controlIdsOf(chain.id);
    ctx.project.risk.chains.remove(chain.id);
    const links = syncContributions(
      ctx,
      causes.map((c) => ({ situationId: chain.situationId, itemId: c.itemId })),
    );
    const orphans = controlIds.filter((id) => ctx.project.risk.controls.chainIdsOf(id).length === 0).flatMap((id) => ctx.project.risk.controls.byId(id)?.humanId ?? []);
    ctx.audit({
      action: 'delete',
      entity: 'risk_chain',
      entityId: chain.humanId,
      summary: `${chain.humanId} removed${links.removed ? `; ${links.removed} item link(s) to the hazardous situation removed` : ''}${orphans.length ? `; ${orphans.join(', ')} now act on no chain` : ''}`,
      before: { ...chain, causes, controls: controlIds },
    });
    return { removed: chain.humanId };
  },

  'risk.list': (_input, ctx) => {
    const rows = riskRows(ctx.project);
    return { rows, total: rows.length };
  },

  'risk.matrix': (_input, ctx) => riskMatrix(ctx.project),
};
