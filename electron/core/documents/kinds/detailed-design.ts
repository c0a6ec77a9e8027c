import type { ArchitectureView, UnitDesignView } from '../../../../shared/api/architecture-types';
import type { ReviewRecord } from '../../../../shared/api/reviews-types';
import { NEED_LABELS } from '../../../../shared/architecture/class-rules';
import type { ContentSection, DocumentContent } from '../../../../shared/documents/content';
import { recordRef } from '../canonical';
import { latestReviewSection, reviewRecordRef } from './review-section';

export const DETAILED_DESIGN_KEY = 'SDD';

export interface DetailedDesignInput {
  productName: string;
  view: ArchitectureView;
  review: ReviewRecord | null;
}

function unitSection(unit: UnitDesignView, view: ArchitectureView): ContentSection {
  const linked = view.interfaces.filter((i) => unit.linkedInterfaces.includes(i.humanId));
  return {
    heading: `${unit.unit.humanId} ${unit.unit.name}`,
    blocks: [
      {
        kind: 'keyValue',
        rows: [
          ['Part of', `${unit.parent.humanId} ${unit.parent.name}`],
          ['Safety class', unit.unit.effectiveClass],
          ['Detailed design', NEED_LABELS[unit.need]],
          ['Last changed', unit.updatedAt ? `${unit.updatedAt.slice(0, 10)} by ${unit.updatedBy ?? ''}` : 'Not written yet'],
        ],
      },
      { kind: 'paragraph', text: unit.design || 'No design has been written for this unit yet.' },
      ...(unit.interfaces ? [{ kind: 'paragraph' as const, text: `Interfaces: ${unit.interfaces}` }] : []),
      ...(linked.length
        ? [{ kind: 'list' as const, items: linked.map((i) => `${i.humanId} ${i.name}: ${i.fromLabel} ${i.direction === 'two-way' ? '↔' : '→'} ${i.toLabel}`) }]
        : []),
    ],
  };
}

/**
 * The Software Detailed Design (IEC 62304 5.4): each unit's design and the design of its interfaces,
 * grouped by the item the unit belongs to, then the latest 5.4.4 verification.
 */
export function buildDetailedDesign(input: DetailedDesignInput): DocumentContent {
  const { view } = input;
  const parents = [...new Set(view.units.map((u) => `${u.parent.humanId} ${u.parent.name}`))];
  return {
    docKey: DETAILED_DESIGN_KEY,
    title: 'Software detailed design',
    orientation: 'portrait',
    purpose:
      `This document holds the detailed design of the software units of ${input.productName} and of their interfaces (IEC 62304 5.4). ` +
      `The software is class ${view.projectClass}: a detailed design of each unit is ${NEED_LABELS[view.detailedDesignNeed].toLowerCase()}.`,
    sections: [
      {
        heading: 'Units',
        blocks: [
          {
            kind: 'table',
            columns: [
              { header: 'Unit', width: 30 },
              { header: 'Item', width: 30 },
              { header: 'Class', width: 10 },
              { header: 'Design', width: 30 },
            ],
            rows: view.units.map((u) => [
              `${u.unit.humanId} ${u.unit.name}`,
              `${u.parent.humanId} ${u.parent.name}`,
              u.unit.effectiveClass,
              u.design ? 'written' : `${NEED_LABELS[u.need].toLowerCase()}, not written`,
            ]),
            emptyText: 'No software unit has been defined yet.',
          },
        ],
      },
      ...parents.map((parent) => ({
        heading: parent,
        blocks: [],
        subsections: view.units.filter((u) => `${u.parent.humanId} ${u.parent.name}` === parent).map((u) => unitSection(u, view)),
      })),
      latestReviewSection('detailed-design', input.review),
    ],
    records: [
      ...view.units.map((u) =>
        recordRef(`unit-design:${u.unit.humanId}`, 'unit design', `${u.unit.humanId} ${u.unit.name}`, {
          design: u.design,
          interfaces: u.interfaces,
          class: u.unit.effectiveClass,
          linked: u.linkedInterfaces,
        }),
      ),
      ...reviewRecordRef(input.review),
    ],
  };
}
