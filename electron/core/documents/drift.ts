import type { ChangeSummary } from '../../../shared/documents/content';
import type { AuditEntry } from '../audit/audit-repo';
import type { HandlerContext } from '../context';
import { driftOf, liveContent, typeOf } from './document-service';
import { DOCUMENT_TYPE_DEFS } from './registry';

export function describeChanges(summary: ChangeSummary): string {
  const parts = [
    [summary.added.length, 'added'],
    [summary.changed.length, 'changed'],
    [summary.removed.length, 'removed'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, what]) => `${n} record${n === 1 ? '' : 's'} ${what}`);
  return said.length ? said.join(', ') : 'no record changes';
}

/**
 * After a mutation: every approved document whose records it touched and whose content no longer
 * matches what was signed gets a new draft version carrying the computed change summary. The approved
 * version stays in force (and shows as changed) until the new one is approved.
 */
export function startDraftsForDrift(ctx: HandlerContext, entries: readonly AuditEntry[]): void {
  const touched = new Set(entries.map((e) => e.entity));
  const { project } = ctx;
  for (const doc of project.documents.list()) {
    if (doc.retiredAt !== null) continue;
    if (!DOCUMENT_TYPE_DEFS[typeOf(doc)].dependsOn.some((entity) => touched.has(entity))) continue;
    const latest = project.documents.versions(doc.id).at(-1);
    if (latest?.state !== 'approved') continue;
    const drift = driftOf(latest, liveContent(project, doc));
    if (!drift) continue;
    const version = latest.version + 1;
    project.documents.insertVersion({ documentId: doc.id, version, authorId: ctx.session.user?.id ?? latest.authorId, createdAt: ctx.now(), changeSummary: drift });
    ctx.audit({
      action: 'create',
      entity: 'document_version',
      entityId: `${doc.docKey} v${version}`,
      summary: `${doc.docKey} v${version} started as a draft: the records of approved v${latest.version} changed (${describeChanges(drift)})`,
      after: { docKey: doc.docKey, version, changeSummary: drift },
    });
  }
}
