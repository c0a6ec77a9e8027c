import type { TraceEntity, TraceRef } from '../../../shared/api/trace-types';
import { ENTITY_LABELS } from '../../../shared/trace/link-rules';
import type { HandlerContext } from '../context';
import { CairnError } from '../errors';
import { labelRefs, refKey } from '../trace/record-labels';
import type { CaseRow } from './test-cases-repo';

/**
 * Makes a case's "verifies" links match the requirements and risk controls given: missing ones are added,
 * others removed, each audited. Every target is checked before the first link changes.
 */
export function setVerifies(ctx: HandlerContext, row: CaseRow, wanted: { requirementIds: readonly number[]; riskControlIds: readonly number[] }): number {
  const from: TraceRef = { type: 'test_case', id: row.id };
  const targets: { ref: TraceRef; field: string }[] = [
    ...[...new Set(wanted.requirementIds)].map((id, i) => ({ ref: { type: 'requirement' as TraceEntity, id }, field: `requirementIds.${i}` })),
    ...[...new Set(wanted.riskControlIds)].map((id, i) => ({ ref: { type: 'risk_control' as TraceEntity, id }, field: `riskControlIds.${i}` })),
  ];
  const labels = labelRefs(ctx.project, [from, ...targets.map((t) => t.ref)]);
  for (const t of targets) {
    if (!labels.has(refKey(t.ref))) throw new CairnError('not_found', `There is no ${ENTITY_LABELS[t.ref.type]} with id ${t.ref.id}.`, t.field);
  }
  const wantedKeys = new Set(targets.map((t) => refKey(t.ref)));
  const existing = ctx.project.trace
    .linksOf(from)
    .filter((l) => l.from.type === 'test_case' && l.from.id === row.id && (l.to.type === 'requirement' || l.to.type === 'risk_control'));
  let changes = 0;
  for (const link of existing.filter((l) => !wantedKeys.has(refKey(l.to)))) {
    const label = labelRefs(ctx.project, [link.to]).get(refKey(link.to));
    ctx.project.trace.unlink(link.id);
    ctx.audit({
      action: 'unlink',
      entity: 'test_case',
      entityId: row.humanId,
      summary: `${row.humanId} no longer verifies ${label?.humanId ?? ENTITY_LABELS[link.to.type]}`,
      before: { to: link.to },
    });
    changes += 1;
  }
  const have = new Set(existing.map((l) => refKey(l.to)));
  for (const t of targets.filter((x) => !have.has(refKey(x.ref)))) {
    ctx.project.trace.link(from, t.ref, ctx.now(), ctx.user.id);
    ctx.audit({ action: 'link', entity: 'test_case', entityId: row.humanId, summary: `${row.humanId} verifies ${labels.get(refKey(t.ref))?.humanId ?? ''}`, after: { to: t.ref } });
    changes += 1;
  }
  return changes;
}
