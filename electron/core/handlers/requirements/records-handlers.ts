import type { Requirement } from '../../../../shared/api/requirements-types';
import type { Handlers } from '../../context';
import { CairnError } from '../../errors';
import { applyChange, changedFields, fieldsOf } from '../../requirements/change';
import type { RequirementFields } from '../../requirements/requirements-repo';
import { requirementView, softwareNodes, toRequirement, itemsOf, allocationCounts, unallocatedClass } from '../../requirements/requirement-view';
import { nodeOrThrow } from '../../software/software-lookup';
import { allocateToItem, createRequirement, requirementOrThrow } from '../../requirements/create-requirement';
import { requireAuthor } from '../require-author';

type RequirementHandlers = Pick<
  Handlers,
  | 'requirements.list'
  | 'requirements.get'
  | 'requirements.overview'
  | 'requirements.create'
  | 'requirements.update'
  | 'requirements.bulkUpdate'
  | 'requirements.remove'
  | 'requirements.linkItem'
  | 'requirements.unlinkItem'
>;

export const requirementsHandlers: RequirementHandlers = {
  'requirements.list': (input, ctx) => {
    const onlyIds =
      input.filter.itemId === undefined
        ? null
        : ctx.project.trace
            .linksOf({ type: 'software_item', id: input.filter.itemId })
            .filter((l) => l.from.type === 'requirement')
            .map((l) => l.from.id);
    const page = ctx.project.requirements.list(input, onlyIds);
    const nodes = softwareNodes(ctx.project);
    const cls = unallocatedClass(ctx.project);
    return { total: page.total, rows: page.rows.map((row) => toRequirement(row, itemsOf(ctx.project, nodes, row.id), cls)) };
  },

  'requirements.get': (input, ctx) => requirementView(ctx.project, requirementOrThrow(ctx, input.id)),

  'requirements.overview': (_input, ctx) => {
    const nodes = softwareNodes(ctx.project);
    const cls = unallocatedClass(ctx.project);
    const { unallocated, incomplete } = allocationCounts(ctx.project, nodes, cls);
    return {
      total: ctx.project.requirements.count(),
      riskControls: ctx.project.requirements.countWhere('risk-control'),
      unallocated,
      incomplete,
      latestReview: ctx.project.reviews.latest('requirements'),
      projectClass: cls,
    };
  },

  'requirements.create': (input, ctx) => {
    requireAuthor(ctx, 'write requirements');
    const { itemIds, ...fields } = input;
    return requirementView(ctx.project, createRequirement(ctx, fields, itemIds));
  },

  'requirements.update': (input, ctx) => {
    requireAuthor(ctx, 'change requirements');
    const row = requirementOrThrow(ctx, input.id);
    const next = { ...fieldsOf(row), ...Object.fromEntries(Object.entries(input).filter(([k, v]) => k !== 'id' && v !== undefined)) } as RequirementFields;
    if (changedFields(row, next).names.length === 0) throw new CairnError('invalid_input', 'Nothing to change.');
    return requirementView(ctx.project, applyChange(ctx, row, next));
  },

  'requirements.bulkUpdate': (input, ctx) => {
    requireAuthor(ctx, 'change requirements');
    const set = Object.fromEntries(Object.entries(input.set).filter(([, v]) => v !== undefined));
    let updated = 0;
    for (const [index, id] of [...new Set(input.ids)].entries()) {
      const row = requirementOrThrow(ctx, id, `ids.${index}`);
      const next = { ...fieldsOf(row), ...set } as RequirementFields;
      if (changedFields(row, next).names.length === 0) continue;
      applyChange(ctx, row, next, 'bulk-update');
      updated += 1;
    }
    if (updated === 0) throw new CairnError('invalid_input', 'Nothing to change: the chosen requirements already have these values.', 'set');
    return { updated };
  },

  'requirements.remove': (input, ctx) => {
    requireAuthor(ctx, 'remove requirements');
    const row = requirementOrThrow(ctx, input.id);
    const links = ctx.project.trace.forget({ type: 'requirement', id: row.id });
    ctx.project.requirements.remove(row.id);
    ctx.audit({
      action: 'delete',
      entity: 'requirement',
      entityId: row.humanId,
      summary: `${row.humanId} removed${links.length ? ` with ${links.length} trace link${links.length === 1 ? '' : 's'}` : ''}`,
      before: { ...fieldsOf(row), links: links.map((l) => ({ from: l.from, to: l.to })) },
    });
    return { removed: row.humanId };
  },

  'requirements.linkItem': (input, ctx) => {
    requireAuthor(ctx, 'allocate requirements');
    const row = requirementOrThrow(ctx, input.id);
    allocateToItem(ctx, row, input.itemId);
    return requirementView(ctx.project, row);
  },

  'requirements.unlinkItem': (input, ctx): Requirement => {
    requireAuthor(ctx, 'allocate requirements');
    const row = requirementOrThrow(ctx, input.id);
    const node = nodeOrThrow(ctx, input.itemId, 'itemId');
    const link = ctx.project.trace.find({ type: 'requirement', id: row.id }, { type: 'software_item', id: node.id });
    if (!link) throw new CairnError('not_found', `${row.humanId} is not allocated to ${node.humanId}.`, 'itemId');
    ctx.project.trace.unlink(link.id);
    ctx.audit({
      action: 'unlink',
      entity: 'requirement',
      entityId: row.humanId,
      summary: `${row.humanId} no longer allocated to ${node.humanId} "${node.name}"`,
      before: { item: node.humanId },
    });
    return requirementView(ctx.project, row);
  },
};
