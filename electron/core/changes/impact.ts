import { IMPACT_KINDS, type ChangeImpact, type ImpactDocument, type ImpactEntry, type ImpactKind } from '../../../shared/api/changes-types';
import type { RecordLabel, TraceEntity, TraceRef } from '../../../shared/api/trace-types';
import { liveContent } from '../documents/document-service';
import type { OpenProject } from '../projects/open-project';
import { labelRefs, refKey } from '../trace/record-labels';

/**
 * How a change travels along each kind of link, seen from the record it reached. "propagate": the
 * neighbour changes with it, so its own links are followed too (a SOUP upgrade changes the items using
 * it, which changes the requirements they implement). "touch": the neighbour is affected and listed, but
 * the change goes no further through it (a changed requirement touches the item implementing it, not
 * every other requirement of that item). Tests are always touched: they are what gets re-run.
 */
const RULES: Partial<Record<TraceEntity, Partial<Record<TraceEntity, 'propagate' | 'touch'>>>> = {
  software_item: { requirement: 'propagate', soup: 'touch', hazardous_situation: 'touch' },
  soup: { software_item: 'propagate' },
  requirement: { software_item: 'touch', risk_control: 'propagate', test_case: 'touch', requirement: 'touch' },
  risk_control: { requirement: 'touch', test_case: 'touch' },
  hazardous_situation: { software_item: 'touch' },
  test_case: { requirement: 'touch', risk_control: 'touch' },
};

/** How a record reached from the other end of a stored link relates to it, read from the reached record's side. */
const PHRASES: Record<string, { asFrom: string; asTo: string }> = {
  'requirement>software_item': { asFrom: 'is implemented in', asTo: 'implements' },
  'soup>software_item': { asFrom: 'is used by', asTo: 'uses' },
  'risk_control>requirement': { asFrom: 'is implemented by', asTo: 'implements' },
  'test_case>requirement': { asFrom: 'verifies', asTo: 'is verified by' },
  'test_case>risk_control': { asFrom: 'verifies', asTo: 'is verified by' },
  'software_item>hazardous_situation': { asFrom: 'can contribute to', asTo: 'can be caused by' },
  // Relations between requirements (parent, refines …): the related requirement may need the same change.
  'requirement>requirement': { asFrom: 'is related to', asTo: 'is related to' },
};

const KIND_OF: Partial<Record<TraceEntity, ImpactKind>> = {
  software_item: 'softwareItems',
  requirement: 'requirements',
  risk_control: 'riskControls',
  hazardous_situation: 'hazardousSituations',
  soup: 'soup',
  test_case: 'tests',
};

interface Reached {
  ref: TraceRef;
  phrase: string | null;
  via: TraceRef | null;
}

/** Walks the trace links outward from the targets, by the rules above. */
function reach(project: OpenProject, targets: readonly TraceRef[]): Map<string, Reached> {
  const reached = new Map<string, Reached>(targets.map((t) => [refKey(t), { ref: t, phrase: null, via: null }]));
  const queue = [...targets];
  for (let node = queue.shift(); node; node = queue.shift()) {
    for (const link of project.trace.linksOf(node)) {
      const nodeIsFrom = link.from.type === node.type && link.from.id === node.id;
      const other = nodeIsFrom ? link.to : link.from;
      const rule = RULES[node.type]?.[other.type];
      if (!rule || reached.has(refKey(other))) continue;
      const phrases = PHRASES[`${link.from.type}>${link.to.type}`];
      reached.set(refKey(other), { ref: other, phrase: (nodeIsFrom ? phrases?.asTo : phrases?.asFrom) ?? 'is linked to', via: node });
      if (rule === 'propagate') queue.push(other);
    }
  }
  return reached;
}

/** Each controlled document's covered record keys, read once per request: from its latest frozen content, else live. */
export function documentCoverage(project: OpenProject): { doc: { id: number; docKey: string; title: string }; keys: string[] }[] {
  return project.documents
    .list()
    .filter((doc) => doc.retiredAt === null)
    .map((doc) => {
      const frozen = project.documents.versions(doc.id).findLast((v) => v.content !== null)?.content;
      const records = frozen?.records ?? liveContent(project, doc).content.records;
      return { doc: { id: doc.id, docKey: doc.docKey, title: doc.title }, keys: records.map((r) => r.key) };
    });
}

export type DocumentCoverage = ReturnType<typeof documentCoverage>;

/** Documents whose records include any of the human IDs; record keys end in the record's human ID ("requirement:REQ-004"). */
function documentsCovering(coverage: DocumentCoverage, humanIds: ReadonlySet<string>): ImpactDocument[] {
  const out: ImpactDocument[] = [];
  for (const { doc, keys } of coverage) {
    const covers = [...new Set(keys.map((k) => k.slice(k.lastIndexOf(':') + 1)).filter((id) => humanIds.has(id)))].sort();
    if (covers.length) out.push({ ...doc, covers });
  }
  return out;
}

/**
 * The 6.2.3 / 7.4 impact analysis of a change starting at `targets`: every record the trace links reach,
 * labelled and with the reason it was reached; the risk chains behind the affected situations, controls
 * and items; the live tests to re-run; and the documents whose content covers an affected record.
 */
export function computeImpact(project: OpenProject, targets: readonly TraceRef[], at: string, coverage: DocumentCoverage = documentCoverage(project)): ChangeImpact {
  const reached = reach(project, targets);
  const refs = [...reached.values()].map((r) => r.ref);
  const labels = labelRefs(project, refs);
  const tests = project.changes.liveTestCases(refs.filter((r) => r.type === 'test_case').map((r) => r.id));
  const labelOf = (ref: TraceRef): RecordLabel | undefined => (ref.type === 'test_case' ? tests.get(ref.id) : labels.get(refKey(ref)));
  const impact = Object.fromEntries(IMPACT_KINDS.map((k) => [k, [] as ImpactEntry[]])) as Record<ImpactKind, ImpactEntry[]>;
  for (const { ref, phrase, via } of reached.values()) {
    const kind = KIND_OF[ref.type];
    const label = labelOf(ref);
    if (!kind || !label) continue;
    const viaLabel = via ? labelOf(via) : undefined;
    const reason = phrase && via ? `${phrase} ${viaLabel?.humanId ?? 'a removed record'}` : 'a target of the change';
    impact[kind].push({ id: ref.id, humanId: label.humanId, title: label.title, reason });
  }
  const ids = (kind: ImpactKind) => impact[kind].map((e) => e.id);
  const humanIdOf = new Map(refs.map((r) => [refKey(r), labelOf(r)?.humanId ?? '']));
  const seenChains = new Set<number>();
  const chainSituations = new Map<number, string>();
  for (const chain of project.changes.chainsTouching(ids('hazardousSituations'), ids('riskControls'), ids('softwareItems'))) {
    if (seenChains.has(chain.id)) continue;
    seenChains.add(chain.id);
    impact.riskChains.push({
      id: chain.id,
      humanId: chain.humanId,
      title: chain.title,
      reason: `through ${humanIdOf.get(refKey({ type: chain.via, id: chain.viaId })) ?? chain.via}`,
    });
    if (!chainSituations.has(chain.situationId)) chainSituations.set(chain.situationId, chain.humanId);
  }
  impact.hazardousSituations.push(...situationsOfChains(project, chainSituations, new Set(ids('hazardousSituations'))));
  for (const kind of IMPACT_KINDS) impact[kind].sort((a, b) => a.humanId.localeCompare(b.humanId, 'en', { numeric: true }));
  const allIds = new Set(IMPACT_KINDS.flatMap((k) => impact[k].map((e) => e.humanId)));
  return { ...impact, documents: documentsCovering(coverage, allIds), computedAt: at };
}

/**
 * The hazardous situations of the risk chains a change reached (through a control or a cause) belong in its
 * impact too (7.4.1): the change may alter how likely they are, though no trace link leads to them directly.
 */
function situationsOfChains(project: OpenProject, chainOf: ReadonlyMap<number, string>, listed: ReadonlySet<number>): ImpactEntry[] {
  const refs: TraceRef[] = [...chainOf.keys()].filter((id) => !listed.has(id)).map((id) => ({ type: 'hazardous_situation', id }));
  const labels = labelRefs(project, refs);
  return refs.flatMap((ref) => {
    const label = labels.get(refKey(ref));
    return label ? [{ id: ref.id, humanId: label.humanId, title: label.title, reason: `the situation of ${chainOf.get(ref.id) ?? 'a reached risk chain'}` }] : [];
  });
}

/** The trace records an impact names, for marking their links suspect on approval. */
export function impactRefs(impact: ChangeImpact): TraceRef[] {
  const typeOf = Object.fromEntries(Object.entries(KIND_OF).map(([type, kind]) => [kind, type])) as Partial<Record<ImpactKind, TraceEntity>>;
  return IMPACT_KINDS.flatMap((kind) => {
    const type = typeOf[kind];
    return type ? impact[kind].map((e) => ({ type, id: e.id })) : [];
  });
}
