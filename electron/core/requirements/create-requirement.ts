import type { HandlerContext } from '../context';
import { NEW_REQUIREMENT_FIELDS } from '../../../shared/requirements/fields';
import { CairnError } from '../errors';
import { nodeOrThrow } from '../software/software-lookup';
import { fieldsOf } from './change';
import type { RequirementFields, RequirementRow } from './requirements-repo';

/** A requirement written by hand starts as a draft holding only what its author gave. */
export const NEW_REQUIREMENT: RequirementFields = { ...NEW_REQUIREMENT_FIELDS };

/** The requirement a request names, or a not_found error on the field that named it. */
export function requirementOrThrow(ctx: HandlerContext, id: number, field = 'id'): RequirementRow {
  const row = ctx.project.requirements.byId(id);
  if (!row) throw new CairnError('not_found', `There is no requirement with id ${id}.`, field);
  return row;
}

/** Allocates a requirement to a software item (IEC 62304 5.3.3), audited; allocating twice is refused. */
export function allocateToItem(ctx: HandlerContext, row: RequirementRow, itemId: number): void {
  const node = nodeOrThrow(ctx, itemId, 'itemId');
  if (!ctx.project.trace.link({ type: 'requirement', id: row.id }, { type: 'software_item', id: node.id }, ctx.now(), ctx.user.id)) {
    throw new CairnError('conflict', `${row.humanId} is already allocated to ${node.humanId}.`, 'itemId');
  }
  ctx.audit({ action: 'link', entity: 'requirement', entityId: row.humanId, summary: `${row.humanId} allocated to ${node.humanId} "${node.name}"`, after: { item: node.humanId } });
}

/**
 * Adds a requirement with the next REQ-n ID and its audit row, allocated to the items given. Every way of
 * making a requirement by hand (the requirements screen, a risk control's "create its requirement") goes
 * through here, so they cannot drift apart in what they check or record.
 */
export function createRequirement(ctx: HandlerContext, fields: RequirementFields, itemIds: readonly number[] = []): RequirementRow {
  const row = ctx.project.requirements.insert(fields, ctx.now());
  ctx.audit({ action: 'create', entity: 'requirement', entityId: row.humanId, summary: `${row.humanId} added${row.title ? `: ${row.title}` : ''}`, after: fieldsOf(row) });
  for (const itemId of new Set(itemIds)) allocateToItem(ctx, row, itemId);
  return row;
}
