import type { TraceLink, TraceLinkView } from '../../../shared/api/trace-types';
import { ENTITY_LABELS, linkKindOf } from '../../../shared/trace/link-rules';
import type { OpenProject } from '../projects/open-project';
import { labelRefs, refKey } from './record-labels';

/** Links as people read them: both ends named, the meaning spelled out, the reviewer by name. */
export function linkViews(project: OpenProject, links: readonly TraceLink[]): TraceLinkView[] {
  const labels = labelRefs(project, links.flatMap((l) => [l.from, l.to]));
  const names = new Map(project.users.list().map((u) => [u.id, u.name]));
  return links.map((link) => ({
    ...link,
    meaning: linkKindOf(link.from.type, link.to.type)?.meaning ?? 'is linked to',
    fromLabel: labels.get(refKey(link.from)) ?? { humanId: `${ENTITY_LABELS[link.from.type]} ${link.from.id}`, title: '' },
    toLabel: labels.get(refKey(link.to)) ?? { humanId: `${ENTITY_LABELS[link.to.type]} ${link.to.id}`, title: '' },
    reviewedByName: link.reviewedBy === null ? null : (names.get(link.reviewedBy) ?? `user ${link.reviewedBy}`),
  }));
}
