import type { SoftwareNode } from '../../../../shared/api/software-types';
import type { Requirement } from '../../../../shared/api/requirements-types';
import type { ReviewRecord } from '../../../../shared/api/reviews-types';
import type { Block, ContentSection, DocumentContent } from '../../../../shared/documents/content';
import {
  REQUIREMENT_SOURCE_LABELS,
  REQUIREMENT_STATUS_LABELS,
  REQUIREMENT_TYPE_LABELS,
  REQUIREMENT_TYPES,
  VERIFICATION_METHOD_LABELS,
} from '../../../../shared/requirements/fields';
import { REVIEW_ANSWER_LABELS, REVIEW_RESULT_LABELS } from '../../../../shared/reviews/checklists';
import { recordRef } from '../canonical';

export const SRS_KEY = 'SRS';

export interface SrsInput {
  productName: string;
  tree: SoftwareNode[];
  requirements: Requirement[];
  review: ReviewRecord | null;
}

const COLUMNS = [
  { header: 'ID', width: 8 },
  { header: 'Title', width: 13 },
  { header: 'Requirement', width: 33 },
  { header: 'Type', width: 10 },
  { header: 'Source', width: 11 },
  { header: 'Acceptance criteria', width: 15 },
  { header: 'Verification', width: 8 },
  { header: 'Status', width: 7 },
];

function row(r: Requirement): string[] {
  const source = r.source ? `${REQUIREMENT_SOURCE_LABELS[r.source]}${r.sourceRef ? ` (${r.sourceRef})` : ''}` : '—';
  const text = r.rationale ? `${r.text}\nRationale: ${r.rationale}` : r.text;
  return [
    r.humanId,
    r.title,
    text,
    REQUIREMENT_TYPE_LABELS[r.type],
    source,
    r.acceptanceCriteria || '—',
    r.verificationMethod ? VERIFICATION_METHOD_LABELS[r.verificationMethod] : '—',
    REQUIREMENT_STATUS_LABELS[r.status],
  ];
}

const table = (requirements: Requirement[], emptyText: string): Block => ({ kind: 'table', columns: COLUMNS, rows: requirements.map(row), emptyText });

/** One section per software system: its own requirements, then a subsection for each item or unit that has some. */
function systemSection(system: SoftwareNode, byNode: Map<number, Requirement[]>): ContentSection {
  const subsections: ContentSection[] = [];
  const walk = (nodes: SoftwareNode[]) =>
    nodes.forEach((node) => {
      const own = byNode.get(node.id) ?? [];
      if (own.length) subsections.push({ heading: `${node.humanId} ${node.name} (class ${node.effectiveClass})`, blocks: [table(own, '')] });
      walk(node.children);
    });
  walk(system.children);
  const own = byNode.get(system.id) ?? [];
  return {
    heading: `${system.humanId} ${system.name} (class ${system.effectiveClass})`,
    blocks: [
      { kind: 'paragraph', text: system.description || 'Requirements allocated to this software system and to its items and units.' },
      ...(own.length ? [table(own, '')] : []),
      ...(own.length === 0 && subsections.length === 0 ? [{ kind: 'paragraph' as const, text: 'No requirement is allocated to this system or its items yet.' }] : []),
    ],
    subsections,
  };
}

function reviewSection(review: ReviewRecord | null): ContentSection {
  if (!review) {
    return { heading: 'Verification of the requirements (5.2.6)', blocks: [{ kind: 'paragraph', text: 'The requirements have not been verified with the 5.2.6 checklist yet.' }] };
  }
  return {
    heading: 'Verification of the requirements (5.2.6)',
    blocks: [
      {
        kind: 'keyValue',
        rows: [
          ['Review', review.humanId],
          ['Scope', review.scope || '—'],
          ['Result', REVIEW_RESULT_LABELS[review.result]],
          ['Reviewer', review.reviewerName],
          ['Recorded', review.recordedAt.replace('T', ' ').slice(0, 16) + ' UTC'],
        ],
      },
      {
        kind: 'table',
        columns: [
          { header: 'Question', width: 60 },
          { header: 'Answer', width: 12 },
          { header: 'Note', width: 28 },
        ],
        rows: review.answers.map((a) => [a.text, REVIEW_ANSWER_LABELS[a.answer], a.note]),
      },
      ...(review.findings ? [{ kind: 'paragraph' as const, text: `Findings: ${review.findings}` }] : []),
    ],
  };
}

/**
 * The Software Requirements Specification (IEC 62304 5.2): every requirement grouped by the software
 * system and item it is allocated to, with its type, source, acceptance criteria and verification
 * method, the risk-control requirements called out (5.2.3), and the latest requirements review (5.2.6).
 */
export function buildSrs(input: SrsInput): DocumentContent {
  const byNode = new Map<number, Requirement[]>();
  for (const r of input.requirements) for (const item of r.items) byNode.set(item.id, [...(byNode.get(item.id) ?? []), r]);
  const unallocated = input.requirements.filter((r) => r.items.length === 0);
  const riskControls = input.requirements.filter((r) => r.source === 'risk-control');
  const counts = REQUIREMENT_TYPES.map((t) => [REQUIREMENT_TYPE_LABELS[t], input.requirements.filter((r) => r.type === t).length] as const).filter(([, n]) => n > 0);
  return {
    docKey: SRS_KEY,
    title: 'Software requirements specification',
    orientation: 'landscape',
    purpose:
      `This specification states what the software of ${input.productName} shall do, grouped by the software system and item that carries each requirement. ` +
      'Each requirement has a unique ID, a type from the categories of IEC 62304 5.2.2, its source, and how it will be verified.',
    sections: [
      {
        heading: 'Overview',
        blocks: [
          {
            kind: 'keyValue',
            rows: [
              ['Requirements', String(input.requirements.length)],
              ['Implementing risk controls (5.2.3)', String(riskControls.length)],
              ['Not yet allocated to a software item', String(unallocated.length)],
              ...counts.map(([label, n]): [string, string] => [label, String(n)]),
            ],
          },
        ],
      },
      reviewSection(input.review),
      { heading: 'Risk control measures implemented in software (5.2.3)', blocks: [table(riskControls, 'No requirement is marked as a risk control yet.')] },
      ...input.tree.map((system) => systemSection(system, byNode)),
      ...(unallocated.length ? [{ heading: 'Not allocated to a software item', blocks: [table(unallocated, '')] }] : []),
    ],
    records: [
      ...input.requirements.map((r) =>
        recordRef(`requirement:${r.humanId}`, 'requirement', `${r.humanId} ${r.title || r.text.slice(0, 60)}`, {
          ...row(r),
          rationale: r.rationale,
          items: r.items.map((i) => i.humanId),
        }),
      ),
      ...(input.review ? [recordRef(`review:${input.review.humanId}`, 'review', `${input.review.humanId} requirements review`, input.review)] : []),
    ],
  };
}
