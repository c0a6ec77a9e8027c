import type { TraceLink, TraceLinkView } from '../../../shared/api/trace-types';
import { RELATION_MEANINGS } from '../../../shared/requirements/relation-kinds';
import { ENTITY_LABELS, linkKindOf } from '../../../shared/trace/link-rules';
import type { OpenProject } from '../projects/open-project';
import { labelRefs, refKey } from './record-labels';

/** What a link says from its `from` end: a relation by its kind, any other link by the kinds of its ends. */
export function linkMeaning(link: Pick<TraceLink, 'from' | 'to' | 'relation'>): string {
  if (link.relation) return RELATION_MEANINGS[link.relation.kind];
  return linkKindOf(link.from.type, link.to.type)?.meaning ?? 'is linked to';
}

/** Links as people read them: both ends named, the meaning spelled out, the reviewer by name. */
export function linkViews(project: OpenProject, links: readonly TraceLink[]): TraceLinkView[] {
  const labels = labelRefs(
    project,
    links.flatMap((l) => [l.from, l.to]),
  );
  const names = new Map(project.users.list().map((u) => [u.id, u.name]));
  return links.map((link) => ({
    ...link,
    meaning: linkMeaning(link),
    fromLabel: labels.get(refKey(link.from)) ?? { humanId: `${ENTITY_LABELS[link.from.type]} ${link.from.id}`, title: '' },
    toLabel: labels.get(refKey(link.to)) ?? { humanId: `${ENTITY_LABELS[link.to.type]} ${link.to.id}`, title: '' },
    reviewedByName: link.reviewedBy === null ? null : (names.get(link.reviewedBy) ?? `user ${link.reviewedBy}`),
  }));
}
