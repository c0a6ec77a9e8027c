import type { ArchitectureView } from '../../../../shared/api/architecture-types';
import type { ReviewRecord } from '../../../../shared/api/reviews-types';
import { NEED_LABELS } from '../../../../shared/architecture/class-rules';
import { describeDiagram } from '../../../../shared/architecture/describe-diagram';
import type { ContentSection, DocumentContent } from '../../../../shared/documents/content';
import { recordRef } from '../canonical';
import { allNodes } from '../../classification/classification-history';
import { latestReviewSection, reviewRecordRef } from './review-section';

export const SAD_KEY = 'SAD';

export interface ArchitectureDescriptionInput {
  productName: string;
  view: ArchitectureView;
  review: ReviewRecord | null;
}

const HOW: Record<string, string> = { classified: 'classified', inherited: 'inherited', segregated: 'lowered by segregation', unclassified: 'not classified (C)' };

function structureSection(view: ArchitectureView): ContentSection {
  return {
    heading: 'Software systems, items and units',
    blocks: [
      {
        kind: 'paragraph',
        text: `The software is class ${view.projectClass}, so this architecture is ${NEED_LABELS[view.architectureNeed].toLowerCase()} (IEC 62304 5.3). Each item takes its parent's class unless a documented segregation argument supports a lower one.`,
      },
      {
        kind: 'table',
        columns: [
          { header: 'ID', width: 10 },
          { header: 'Kind', width: 7 },
          { header: 'Name', width: 22 },
          { header: 'Class', width: 6 },
          { header: 'How', width: 13 },
          { header: 'Description', width: 42 },
        ],
        rows: allNodes(view.tree).map((n) => [n.humanId, n.kind, n.name, n.effectiveClass, HOW[n.classSource] ?? n.classSource, n.description]),
        emptyText: 'No software system has been defined yet.',
      },
    ],
  };
}

function interfacesSection(view: ArchitectureView): ContentSection {
  return {
    heading: 'Interfaces',
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: 'ID', width: 6 },
          { header: 'Name', width: 13 },
          { header: 'From', width: 15 },
          { header: 'To', width: 15 },
          { header: 'Flow', width: 7 },
          { header: 'Protocol', width: 11 },
          { header: 'Data exchanged', width: 16 },
          { header: 'Description', width: 17 },
        ],
        rows: view.interfaces.map((i) => [
          i.humanId,
          i.name,
          i.fromLabel,
          i.toLabel,
          i.direction === 'two-way' ? 'both ways' : 'one way',
          i.protocol,
          i.dataExchanged,
          i.description,
        ]),
        emptyText: 'No interface has been recorded yet.',
      },
    ],
  };
}

function segregationSection(view: ArchitectureView): ContentSection {
  const rows = view.segregation.filter((s) => s.measure || s.need !== 'optional');
  return {
    heading: 'Segregation (5.3.5)',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Items kept apart so that a failure in one cannot cause a hazardous situation through another, what keeps them apart, and how that separation is made effective. The argument for a lower class comes from the item’s classification record.',
      },
      {
        kind: 'table',
        columns: [
          { header: 'Item', width: 14 },
          { header: 'Class', width: 6 },
          { header: 'Need', width: 10 },
          { header: 'Measure', width: 22 },
          { header: 'How it is made effective', width: 24 },
          { header: 'Class argument', width: 24 },
        ],
        rows: rows.map((s) => [
          `${s.item.humanId} ${s.item.name}`,
          `${s.item.effectiveClass} (system ${s.system.effectiveClass})`,
          NEED_LABELS[s.need],
          s.measure || 'Not recorded yet',
          s.effectiveness,
          s.classification ? `${s.classification.rationale} Verified by: ${s.classification.verification}` : '',
        ]),
        emptyText: 'No item is segregated.',
      },
    ],
  };
}

/**
 * The Software Architecture Description (IEC 62304 5.3): the structure with classes, the diagram, the
 * interfaces, the segregation risk control depends on, open class requirements and the latest 5.3.6 review.
 */
export function buildArchitectureDescription(input: ArchitectureDescriptionInput): DocumentContent {
  const { view } = input;
  return {
    docKey: SAD_KEY,
    title: 'Software architecture description',
    orientation: 'landscape',
    purpose:
      `This document describes the software architecture of ${input.productName}: its software systems, items and units with their ` +
      'safety classes, the interfaces between them and to SOUP and external systems, and the segregation that risk control relies on (IEC 62304 5.3).',
    sections: [
      structureSection(view),
      { heading: 'Architecture diagram', blocks: [{ kind: 'diagram', layout: view.diagram, description: describeDiagram(view.diagram) }] },
      interfacesSection(view),
      segregationSection(view),
      {
        heading: 'Open class requirements',
        blocks: [view.gaps.length ? { kind: 'list', items: view.gaps } : { kind: 'paragraph', text: 'Nothing the class requires of the architecture is missing.' }],
      },
      latestReviewSection('architecture', input.review),
    ],
    records: [
      ...allNodes(view.tree).map((n) =>
        recordRef(`software:${n.humanId}`, `software ${n.kind}`, `${n.humanId} ${n.name}`, { name: n.name, description: n.description, class: n.effectiveClass }),
      ),
      ...view.interfaces.map((i) => recordRef(`interface:${i.humanId}`, 'interface', `${i.humanId} ${i.name}`, i)),
      ...view.segregation
        .filter((s) => s.measure)
        .map((s) => recordRef(`segregation:${s.item.humanId}`, 'segregation', `Segregation of ${s.item.humanId}`, { measure: s.measure, effectiveness: s.effectiveness })),
      ...reviewRecordRef(input.review),
    ],
  };
}
