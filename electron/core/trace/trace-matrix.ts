import type { RecordLabel, TraceEntity, TraceLink, TraceMatrix, TraceMatrixRow } from '../../../shared/api/trace-types';
import { REQUIREMENT_TYPE_LABELS, VERIFICATION_METHOD_LABELS } from '../../../shared/requirements/fields';
import type { OpenProject } from '../projects/open-project';
import { linkMeaning } from './link-views';
import { MatrixRepo } from './matrix-repo';
import { labelRefs, refKey } from './record-labels';

type Linked = RecordLabel & { id: number; suspect: boolean };

/** Groups links by the id of one end, naming the other end. */
function byEnd(project: OpenProject, links: TraceLink[], keep: 'from' | 'to'): Map<number, Linked[]> {
  const other = keep === 'from' ? 'to' : 'from';
  const labels = labelRefs(
    project,
    links.map((l) => l[other]),
  );
  const out = new Map<number, Linked[]>();
  for (const link of links) {
    const end = link[other];
    const entry = { id: end.id, suspect: link.suspect, ...(labels.get(refKey(end)) ?? { humanId: `#${end.id}`, title: '' }) };
    const list = out.get(link[keep].id);
    if (list) list.push(entry);
    else out.set(link[keep].id, [entry]);
  }
  return out;
}

function linked(project: OpenProject, from: TraceEntity, to: TraceEntity, keep: 'from' | 'to'): Map<number, Linked[]> {
  return byEnd(project, project.trace.between(from, to), keep);
}

/** Each requirement's relations with others, listed at both ends. */
function relationsByRequirement(project: OpenProject): Map<number, TraceMatrixRow['relations']> {
  const links = project.trace.between('requirement', 'requirement');
  const labels = labelRefs(
    project,
    links.flatMap((l) => [l.from, l.to]),
  );
  const out = new Map<number, TraceMatrixRow['relations']>();
  const add = (at: number, other: TraceLink['from'], link: TraceLink, outgoing: boolean) => {
    const entry = { id: other.id, suspect: link.suspect, meaning: linkMeaning(link), outgoing, ...(labels.get(refKey(other)) ?? { humanId: `#${other.id}`, title: '' }) };
    const list = out.get(at);
    if (list) list.push(entry);
    else out.set(at, [entry]);
  };
  for (const link of links) {
    add(link.from.id, link.to, link, true);
    add(link.to.id, link.from, link, false);
  }
  return out;
}

/** A stored value as people read it; a value from an older or newer Cairn shows as stored. */
function readable(labels: Record<string, string>, value: string): string {
  return Object.hasOwn(labels, value) ? (labels[value] ?? value) : value;
}

/** Requirements with their items, risk controls and tests; SOUP with its items. */
export function traceMatrix(project: OpenProject): TraceMatrix {
  const repo = new MatrixRepo(project.db);
  const items = linked(project, 'requirement', 'software_item', 'from');
  const controls = linked(project, 'risk_control', 'requirement', 'to');
  const tests = linked(project, 'test_case', 'requirement', 'to');
  const soupItems = linked(project, 'soup', 'software_item', 'from');
  const relations = relationsByRequirement(project);
  return {
    rows: repo.requirements().map((r) => ({
      id: r.id,
      humanId: r.humanId,
      title: r.title,
      type: readable(REQUIREMENT_TYPE_LABELS, r.type),
      riskControl: r.source === 'risk-control',
      verificationMethod: readable(VERIFICATION_METHOD_LABELS, r.verificationMethod),
      items: items.get(r.id) ?? [],
      riskControls: controls.get(r.id) ?? [],
      tests: tests.get(r.id) ?? [],
      relations: relations.get(r.id) ?? [],
    })),
    soup: repo.soup().map((s) => ({ ...s, items: soupItems.get(s.id) ?? [] })),
  };
}
