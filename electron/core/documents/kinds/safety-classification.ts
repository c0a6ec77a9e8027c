import type { ClassificationHistory, SystemClassificationView } from '../../../../shared/api/classification-types';
import { allNodes } from '../../classification/classification-history';
import type { Block, ContentSection, DocumentContent, RecordRef } from '../../../../shared/documents/content';
import { recordRef } from '../canonical';

export const SAFETY_CLASSIFICATION_KEY = 'SSC';

export interface SafetyClassificationInput {
  productName: string;
  intendedPurpose: string;
  /** Every system with its decisions, newest first, as the classification screens show them. */
  systems: ClassificationHistory[];
  /** Item decisions by node id, newest first. */
  items: Map<number, ClassificationHistory>;
}

const HARM_WORDS: Record<string, string> = {
  none: 'no injury',
  'non-serious-injury': 'non-serious injury',
  'serious-injury': 'serious injury',
  death: 'death',
};

/** The risk file records a decision named, by their IDs. */
const namedIds = (r: SystemClassificationView) =>
  [...r.situations.map((s) => s.humanId), ...r.externalControls.flatMap((c) => (c.riskControlHumanId ? [c.riskControlHumanId] : []))].join(', ');

const yesNo = (value: boolean | undefined) => (value === undefined ? 'not asked on this path' : value ? 'yes' : 'no');

function systemSection(history: ClassificationHistory, items: Map<number, ClassificationHistory>): ContentSection {
  const { node } = history;
  const [current, ...earlier] = history.systemRecords;
  const blocks: Block[] = [{ kind: 'paragraph', text: node.description || 'No description recorded.' }];
  if (!current) {
    blocks.push({ kind: 'paragraph', text: `${node.humanId} has not been classified yet. Until it is, it is treated as class C, the most demanding class (IEC 62304 4.3 g).` });
  } else {
    blocks.push({
      kind: 'keyValue',
      rows: [
        ['Safety class', current.class],
        ['Can it contribute to a hazardous situation?', yesNo(current.answers.contributesToHazardousSituation)],
        ['Is the risk acceptable once only external controls are credited?', yesNo(current.answers.riskAcceptableWithExternalControls)],
        ['Worst possible harm', current.answers.worstHarm ? (HARM_WORDS[current.answers.worstHarm] ?? current.answers.worstHarm) : 'not asked on this path'],
        ['Decided', `${current.decidedAt.slice(0, 10)} by ${current.decidedBy}`],
      ],
    });
    blocks.push({ kind: 'paragraph', text: current.rationale });
    if (current.rationaleExtra) blocks.push({ kind: 'paragraph', text: current.rationaleExtra });
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Hazardous situation (risk file)', width: 20 },
        { header: 'Name', width: 80 },
      ],
      rows: current.situations.map((s) => [s.humanId, s.name]),
      emptyText: current.answers.contributesToHazardousSituation
        ? 'No hazardous situation from the risk file is named; the answers rest on the rationale above.'
        : 'None: the system cannot contribute to a hazardous situation.',
    });
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Control', width: 15 },
        { header: 'External risk control credited', width: 35 },
        { header: 'Why it is independent of this software', width: 50 },
      ],
      rows: current.externalControls.map((c) => [c.riskControlHumanId ?? 'not in the risk file', c.control, c.independence]),
      emptyText: 'No external risk control is credited.',
    });
  }
  const subsections: ContentSection[] = [];
  const descendants = allNodes(node.children);
  subsections.push({
    heading: 'Software items and units',
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: 'ID', width: 12 },
          { header: 'Name', width: 25 },
          { header: 'Class', width: 8 },
          { header: 'How', width: 15 },
          { header: 'Segregation argument', width: 40 },
        ],
        rows: descendants.map((d) => {
          const own = items.get(d.id)?.itemRecords[0];
          const argument = d.classSource === 'segregated' && own ? `${own.segregationRationale} Verified by: ${own.segregationVerification}` : '';
          return [d.humanId, d.name, d.effectiveClass, d.classSource === 'segregated' ? 'segregated' : 'inherited', argument];
        }),
        emptyText: 'The system has not been decomposed into items yet.',
      },
    ],
  });
  if (earlier.length > 0) {
    subsections.push({
      heading: 'Earlier classifications',
      blocks: [
        {
          kind: 'table',
          columns: [
            { header: 'Decided', width: 15 },
            { header: 'By', width: 15 },
            { header: 'Class', width: 8 },
            { header: 'Situations and controls', width: 17 },
            { header: 'Rationale', width: 45 },
          ],
          rows: earlier.map((r) => [r.decidedAt.slice(0, 10), r.decidedBy, r.class, namedIds(r) || '—', r.rationale]),
        },
      ],
    });
  }
  return { heading: `${node.humanId} ${node.name}`, blocks, subsections };
}

/**
 * The software safety classification record (IEC 62304 4.3, to be kept in the risk management file): for
 * each software system the answers, the hazardous situations and credited external controls by their risk
 * file IDs, derived class and rationale, its
 * history, and the items with inherited or segregated classes.
 */
export function buildSafetyClassification(input: SafetyClassificationInput): DocumentContent {
  const records: RecordRef[] = input.systems.flatMap((h) => [
    recordRef(`software:${h.node.humanId}`, 'software system', `${h.node.humanId} ${h.node.name}`, {
      name: h.node.name,
      description: h.node.description,
      class: h.node.effectiveClass,
      decisions: h.systemRecords,
    }),
    ...allNodes(h.node.children).map((d) =>
      recordRef(`software:${d.humanId}`, `software ${d.kind}`, `${d.humanId} ${d.name}`, {
        name: d.name,
        class: d.effectiveClass,
        source: d.classSource,
        decision: input.items.get(d.id)?.itemRecords[0] ?? null,
      }),
    ),
  ]);
  return {
    docKey: SAFETY_CLASSIFICATION_KEY,
    title: 'Software safety classification',
    orientation: 'portrait',
    purpose:
      `This record states the IEC 62304 software safety class of each software system of ${input.productName} and why. ` +
      'Each class follows from the answers recorded here, taking software failure as certain and crediting only risk ' +
      'controls outside the software system; items take their parent’s class unless a documented segregation argument supports a lower one.',
    sections: [
      {
        heading: 'Intended purpose',
        blocks: [{ kind: 'paragraph', text: input.intendedPurpose.trim() || 'The intended purpose has not been written in the product profile yet.' }],
      },
      {
        heading: 'Summary',
        blocks: [
          {
            kind: 'table',
            columns: [
              { header: 'System', width: 20 },
              { header: 'Name', width: 40 },
              { header: 'Class', width: 15 },
              { header: 'Status', width: 25 },
            ],
            rows: input.systems.map((h) => [h.node.humanId, h.node.name, h.node.effectiveClass, h.systemRecords.length ? 'classified' : 'not classified (treated as C)']),
            emptyText: 'No software system has been defined yet.',
          },
        ],
      },
      ...input.systems.map((h) => systemSection(h, input.items)),
    ],
    records,
  };
}
