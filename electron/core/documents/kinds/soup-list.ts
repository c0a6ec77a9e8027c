import type { SoupView } from '../../../../shared/api/soup-types';
import type { Block, DocumentContent } from '../../../../shared/documents/content';
import { SOUP_FIELD_LABELS } from '../../../../shared/soup/required-fields';
import { recordRef } from '../canonical';

export const SOUP_LIST_KEY = 'SOUP-LIST';

export interface SoupListInput {
  productName: string;
  soup: SoupView[];
}

const COLUMNS = [
  { header: 'ID', width: 7 },
  { header: 'Name and version', width: 13 },
  { header: 'Supplier', width: 9 },
  { header: 'Licence', width: 8 },
  { header: 'Purpose', width: 13 },
  { header: 'Requirements (5.3.3, 5.3.4)', width: 18 },
  { header: 'Anomaly review (7.1.3)', width: 15 },
  { header: 'Risk', width: 7 },
  { header: 'Items', width: 10 },
];

const or = (text: string) => text.trim() || '—';

function requirements(s: SoupView): string {
  const parts = [
    s.functionalRequirements && `Functional: ${s.functionalRequirements}`,
    s.performanceRequirements && `Performance: ${s.performanceRequirements}`,
    s.hardwareSoftwareRequirements && `Needs: ${s.hardwareSoftwareRequirements}`,
  ].filter(Boolean);
  return parts.length ? parts.join('\n') : '—';
}

function anomalyReview(s: SoupView): string {
  if (!s.anomalyReview.trim()) return '—';
  const when = s.anomalyReviewedAt ? `${s.anomalyReviewedAt} (for ${s.anomalyReviewedVersion || s.version})` : 'undated';
  return `${when}: ${s.anomalyReview}`;
}

function row(s: SoupView): string[] {
  return [
    s.humanId,
    `${s.name} ${s.version}\n${s.ecosystem}${s.direct ? '' : ', transitive'}`,
    or(s.supplier),
    or(s.licence),
    or(s.purpose),
    requirements(s),
    anomalyReview(s),
    s.riskLevel || '—',
    s.usedBy.length ? s.usedBy.map((u) => `${u.humanId} ${u.name} (${u.effectiveClass})`).join('\n') : '—',
  ];
}

const table = (soup: SoupView[], emptyText: string): Block => ({ kind: 'table', columns: COLUMNS, rows: soup.map(row), emptyText });

/**
 * The SOUP list (IEC 62304 8.1.2, with 5.3.3, 5.3.4, 7.1.2 c and 7.1.3 for classes B and C): each SOUP
 * item the software uses with its identity, why and how it is used, its anomaly review and risk, and the
 * items using it. Transitive packages are listed apart, by identity only.
 */
export function buildSoupList(input: SoupListInput): DocumentContent {
  const direct = input.soup.filter((s) => s.direct);
  const transitive = input.soup.filter((s) => !s.direct);
  const incomplete = input.soup.filter((s) => s.missing.length > 0);
  return {
    docKey: SOUP_LIST_KEY,
    title: 'SOUP list',
    orientation: 'landscape',
    purpose:
      `This list identifies the software of unknown provenance that ${input.productName} uses, and for each item states what it is used for, ` +
      "what it must do and needs to run, how its supplier's published anomalies were reviewed for the version used, and the risk if it fails.",
    sections: [
      {
        heading: 'Overview',
        blocks: [
          {
            kind: 'keyValue',
            rows: [
              ['SOUP items in use', String(input.soup.length)],
              ['Named by the software directly', String(direct.length)],
              ['Pulled in by other packages', String(transitive.length)],
              ['With fields still missing for their class', String(incomplete.length)],
            ],
          },
          {
            kind: 'paragraph',
            text: 'Risk levels: low — a failure cannot lead to harm; medium — a failure can lead to reversible harm; high — a failure can lead to serious or irreversible harm. Each item is held to the highest safety class of the software items that use it.',
          },
        ],
      },
      { heading: 'SOUP used directly', blocks: [table(direct, 'No SOUP item is recorded yet.')] },
      ...(transitive.length ? [{ heading: 'SOUP pulled in by other packages', blocks: [table(transitive, '')] }] : []),
      {
        heading: 'Open points',
        blocks: incomplete.length
          ? [
              {
                kind: 'table',
                columns: [
                  { header: 'ID', width: 10 },
                  { header: 'Name', width: 25 },
                  { header: 'Class', width: 8 },
                  { header: 'Still missing', width: 57 },
                ],
                rows: incomplete.map((s) => [s.humanId, `${s.name} ${s.version}`, s.safetyClass, s.missing.map((m) => SOUP_FIELD_LABELS[m]).join(', ')]),
              },
            ]
          : [{ kind: 'paragraph', text: 'Every SOUP item has the fields its safety class requires.' }],
      },
    ],
    records: input.soup.map((s) => recordRef(`soup:${s.humanId}`, 'soup', `${s.humanId} ${s.name} ${s.version}`, row(s))),
  };
}
