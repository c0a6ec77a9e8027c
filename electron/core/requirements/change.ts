import { suspectScopeOfEdit } from '../../../shared/trace/suspect-rule';
import { REQUIREMENT_FIELDS, requirementFieldsOf } from '../../../shared/requirements/fields';
import type { HandlerContext } from '../context';
import type { RequirementFields, RequirementRow } from './requirements-repo';

/** The editable fields of a row, without ids, dates and revision. */
export const fieldsOf = (row: RequirementFields): RequirementFields => requirementFieldsOf(row);

/** The fields whose values differ, as before/after objects for the audit row. */
export function changedFields(before: RequirementFields, after: RequirementFields) {
  const names = REQUIREMENT_FIELDS.filter((f) => before[f] !== after[f]);
  return {
    names,
    before: Object.fromEntries(names.map((f) => [f, before[f]])),
    after: Object.fromEntries(names.map((f) => [f, after[f]])),
  };
}

/**
 * Writes a change that is known to differ: new revision, suspect links (see suspectScopeOfEdit), one audit
 * row. `textXhtml` is the rich text an import brings (null keeps the stored one while the text stays, and
 * drops it when it changes).
 */
export function applyChange(ctx: HandlerContext, row: RequirementRow, next: RequirementFields, action = 'update', textXhtml: string | null = null): RequirementRow {
  const change = changedFields(row, next);
  const richChanged = textXhtml !== null && textXhtml !== row.textXhtml;
  const names = richChanged ? [...change.names, 'text formatting'] : change.names;
  const updated = ctx.project.requirements.update(row.id, next, ctx.now(), textXhtml);
  ctx.project.trace.markSuspect({ type: 'requirement', id: row.id }, `${row.humanId} changed (${names.join(', ')})`, ctx.now(), suspectScopeOfEdit(row.status));
  const before = richChanged ? { ...change.before, textXhtml: row.textXhtml } : change.before;
  const after = richChanged ? { ...change.after, textXhtml } : change.after;
  ctx.audit({ action, entity: 'requirement', entityId: row.humanId, summary: `${row.humanId} changed: ${names.join(', ')} (revision ${updated.revision})`, before, after });
  return updated;
}
