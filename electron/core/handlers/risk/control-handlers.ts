import type { RiskControl } from '../../../../shared/api/risk-types';
import { residualProblem, type ControlType } from '../../../../shared/risk/controls';
import type { Handlers, HandlerContext } from '../../context';
import { CairnError } from '../../errors';
import type { ControlFields, ControlRow } from '../../risk/risk-controls-repo';
import type { RequirementFields } from '../../requirements/requirements-repo';
import { chainOrThrow, controlOrThrow, recordOrThrow, suspectNote } from '../../risk/risk-lookups';
import { controlViews, estimateOf } from '../../risk/risk-view';
import { createRequirement, NEW_REQUIREMENT, requirementOrThrow } from '../../requirements/create-requirement';
import { requireAuthor } from '../require-author';

type ControlHandlers = Pick<
  Handlers,
  'risk.addControl' | 'risk.updateControl' | 'risk.removeControl' | 'risk.linkRequirement' | 'risk.unlinkRequirement' | 'risk.createRequirement'
>;

function viewOf(ctx: HandlerContext, row: ControlRow): RiskControl {
  const view = controlViews(ctx.project, [row]).get(row.id);
  if (!view) throw new CairnError('internal', `${row.humanId} could not be read back.`);
  return view;
}

interface NewControlRequirement {
  title: string;
  text: string;
  type: RequirementFields['type'];
}

/** Writes a requirement from a control, marked as a risk control, and links it as the control's implementation. */
function implementWithNew(ctx: HandlerContext, control: ControlRow, given: NewControlRequirement): void {
  const made = createRequirement(ctx, {
    ...NEW_REQUIREMENT,
    title: given.title || control.name,
    text: given.text,
    type: given.type,
    source: 'risk-control',
    sourceRef: control.humanId,
  });
  ctx.project.trace.link({ type: 'risk_control', id: control.id }, { type: 'requirement', id: made.id }, ctx.now(), ctx.user.id);
  ctx.audit({
    action: 'link',
    entity: 'risk_control',
    entityId: control.humanId,
    summary: `${made.humanId} created from ${control.humanId} and linked as its implementation`,
    after: { requirement: made.humanId },
  });
}

/** Links an existing requirement as a control's implementation. */
function implementWithExisting(ctx: HandlerContext, control: ControlRow, requirementId: number, field: string): void {
  const req = requirementOrThrow(ctx, requirementId, field);
  if (!ctx.project.trace.link({ type: 'risk_control', id: control.id }, { type: 'requirement', id: req.id }, ctx.now(), ctx.user.id)) {
    throw new CairnError('conflict', `${control.humanId} is already implemented by ${req.humanId}.`, field);
  }
  ctx.audit({
    action: 'link',
    entity: 'risk_control',
    entityId: control.humanId,
    summary: `${control.humanId} is implemented by ${req.humanId}`,
    after: { requirement: req.humanId },
  });
}

/** Refuses dangling chains and hazards, and a control that would guard the very hazard it introduces. */
function checkControl(ctx: HandlerContext, fields: ControlFields, chainIds: readonly number[], humanId: string): void {
  const chains = chainIds.map((id, i) => chainOrThrow(ctx, id, `chainIds.${i}`));
  if (fields.newHazardId === null) return;
  if (!fields.introducesHazard) throw new CairnError('invalid_input', 'Only a control flagged as introducing a hazard can name the new hazard.', 'newHazardId');
  const hazard = recordOrThrow(ctx, 'hazard', fields.newHazardId, 'newHazardId');
  const circular = chains.find((c) => c.hazardId === hazard.id);
  if (circular) {
    throw new CairnError(
      'conflict',
      `${humanId} introduces ${hazard.humanId}, so it cannot also be a control of ${circular.humanId}, which starts from ${hazard.humanId}: that link would be circular.`,
      'newHazardId',
    );
  }
}

/**
 * Refuses a control change that would leave a chain's residual estimate unearned: the chain keeps a
 * lower residual risk than its initial one, but no design or protective control remains to explain it.
 */
function checkResiduals(ctx: HandlerContext, controlId: number, after: { chainIds: readonly number[]; type: ControlType } | null, humanId: string): void {
  const { scales } = ctx.project.risk.plan.get();
  for (const chainId of ctx.project.risk.controls.chainIdsOf(controlId)) {
    const chain = ctx.project.risk.chains.byId(chainId);
    if (!chain?.residual) continue;
    const others = ctx.project.risk.controls
      .controlIdsOf(chainId)
      .filter((id) => id !== controlId)
      .flatMap((id) => ctx.project.risk.controls.byId(id) ?? []);
    const remaining = after?.chainIds.includes(chainId) ? [...others, { type: after.type }] : others;
    const problem = residualProblem(estimateOf(scales, chain.initial, chain.humanId), estimateOf(scales, chain.residual, chain.humanId), remaining);
    if (!problem.ok)
      throw new CairnError(
        'conflict',
        `${chain.humanId}'s residual risk relies on ${humanId}; re-estimate ${chain.humanId}'s residual risk first. (${problem.problem.message})`,
        'id',
      );
  }
}

export const riskControlHandlers: ControlHandlers = {
  'risk.addControl': (input, ctx) => {
    requireAuthor(ctx, 'write risk controls');
    const { chainIds, implementedBy, ...fields } = input;
    checkControl(ctx, fields, chainIds, 'This control');
    const row = ctx.project.risk.controls.insert(fields, ctx.now());
    ctx.project.risk.controls.setChains(row.id, [...new Set(chainIds)]);
    const chains = viewOf(ctx, row).chains.map((c) => c.humanId);
    ctx.audit({
      action: 'create',
      entity: 'risk_control',
      entityId: row.humanId,
      summary: `${row.humanId} "${row.name}" added to ${chains.join(', ')}`,
      after: { ...fields, chains },
    });
    if (implementedBy?.kind === 'new') implementWithNew(ctx, row, implementedBy);
    if (implementedBy?.kind === 'existing') implementWithExisting(ctx, row, implementedBy.requirementId, 'implementedBy.requirementId');
    return viewOf(ctx, row);
  },

  'risk.updateControl': (input, ctx) => {
    requireAuthor(ctx, 'write risk controls');
    const row = controlOrThrow(ctx, input.id);
    const beforeChains = ctx.project.risk.controls.chainIdsOf(row.id);
    const { id: _id, humanId: _h, createdAt: _c, updatedAt: _u, ...current } = row;
    const { id: _i, chainIds: newChains, ...given } = input;
    const next: ControlFields = { ...current, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) };
    const chainIds = newChains ? [...new Set(newChains)].sort((a, b) => a - b) : beforeChains;
    if (JSON.stringify(next) === JSON.stringify(current) && JSON.stringify(chainIds) === JSON.stringify(beforeChains)) throw new CairnError('invalid_input', 'Nothing to change.');
    checkControl(ctx, next, chainIds, row.humanId);
    checkResiduals(ctx, row.id, { chainIds, type: next.type }, row.humanId);
    ctx.project.risk.controls.update(row.id, next, ctx.now());
    ctx.project.risk.controls.setChains(row.id, chainIds);
    const suspect = ctx.project.trace.markSuspect({ type: 'risk_control', id: row.id }, `${row.humanId} was changed`, ctx.now());
    ctx.audit({
      action: 'update',
      entity: 'risk_control',
      entityId: row.humanId,
      summary: `${row.humanId} changed${suspectNote(suspect)}`,
      before: { ...current, chainIds: beforeChains },
      after: { ...next, chainIds },
    });
    return viewOf(ctx, { ...row, ...next });
  },

  'risk.removeControl': (input, ctx) => {
    requireAuthor(ctx, 'write risk controls');
    const row = controlOrThrow(ctx, input.id);
    checkResiduals(ctx, row.id, null, row.humanId);
    const view = viewOf(ctx, row);
    const links = ctx.project.trace.forget({ type: 'risk_control', id: row.id });
    ctx.project.risk.controls.remove(row.id);
    ctx.audit({
      action: 'delete',
      entity: 'risk_control',
      entityId: row.humanId,
      summary: `${row.humanId} "${row.name}" removed${links.length ? ` with ${links.length} trace link(s)` : ''}`,
      before: { ...view, links: links.map((l) => ({ from: l.from, to: l.to })) },
    });
    return { removed: row.humanId };
  },

  'risk.linkRequirement': (input, ctx) => {
    requireAuthor(ctx, 'link risk controls to requirements');
    const row = controlOrThrow(ctx, input.controlId, 'controlId');
    implementWithExisting(ctx, row, input.requirementId, 'requirementId');
    return viewOf(ctx, row);
  },

  'risk.unlinkRequirement': (input, ctx) => {
    requireAuthor(ctx, 'link risk controls to requirements');
    const row = controlOrThrow(ctx, input.controlId, 'controlId');
    const req = requirementOrThrow(ctx, input.requirementId, 'requirementId');
    const link = ctx.project.trace.find({ type: 'risk_control', id: row.id }, { type: 'requirement', id: req.id });
    if (!link) throw new CairnError('not_found', `${row.humanId} is not linked to ${req.humanId}.`, 'requirementId');
    ctx.project.trace.unlink(link.id);
    ctx.audit({
      action: 'unlink',
      entity: 'risk_control',
      entityId: row.humanId,
      summary: `${row.humanId} no longer implemented by ${req.humanId}`,
      before: { requirement: req.humanId },
    });
    return viewOf(ctx, row);
  },

  'risk.createRequirement': (input, ctx) => {
    requireAuthor(ctx, 'write requirements');
    const row = controlOrThrow(ctx, input.controlId, 'controlId');
    implementWithNew(ctx, row, input);
    return viewOf(ctx, row);
  },
};
