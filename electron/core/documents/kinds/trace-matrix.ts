import type { GapReport, RecordLabel, TraceMatrix } from '../../../../shared/api/trace-types';
import type { DocumentContent } from '../../../../shared/documents/content';
import { relationPhrase } from '../../../../shared/requirements/relation-kinds';
import { recordRef } from '../canonical';

export const TRACE_MATRIX_KEY = 'TRACE';

type Linked = RecordLabel & { suspect: boolean };

/** "ITEM-002, ITEM-004 (suspect)"; an empty cell says so, since a blank is easy to overlook. */
function ids(linked: Linked[], none = 'none'): string {
  return linked.length === 0 ? none : linked.map((l) => `${l.humanId}${l.suspect ? ' (suspect)' : ''}`).join(', ');
}

/**
 * The traceability matrix (IEC 62304 5.1.1 c, 7.3.3): each requirement with the software items that
 * implement it, the risk controls it implements and what verifies it; SOUP with its items; and every open
 * gap, so the document never claims a complete trace it does not have.
 */
export function buildTraceMatrix(input: { productName: string; matrix: TraceMatrix; gaps: GapReport }): DocumentContent {
  const { matrix, gaps } = input;
  const suspectCount = gaps.counts['suspect-link'];
  return {
    docKey: TRACE_MATRIX_KEY,
    title: 'Traceability matrix',
    orientation: 'landscape',
    purpose:
      `This matrix traces the software requirements of ${input.productName} to the software items that implement them, ` +
      'to the risk control measures they implement and to their verification, and the SOUP to the items that use it. ' +
      'Gaps and suspect links open when it was issued are listed at the end.',
    sections: [
      {
        heading: 'Summary',
        blocks: [
          {
            kind: 'keyValue',
            rows: [
              ['Requirements traced', String(matrix.rows.length)],
              ['Requirements that are risk controls', String(matrix.rows.filter((r) => r.riskControl).length)],
              ['SOUP items (direct)', String(matrix.soup.length)],
              ['Open gaps', String(gaps.gaps.length - suspectCount)],
              ['Suspect links awaiting review', String(suspectCount)],
            ],
          },
        ],
      },
      {
        heading: 'Requirements',
        blocks: [
          {
            kind: 'table',
            columns: [
              { header: 'Requirement', width: 9 },
              { header: 'Title', width: 24 },
              { header: 'Type', width: 9 },
              { header: 'Software items', width: 14 },
              { header: 'Risk controls', width: 12 },
              { header: 'Verification', width: 17 },
              { header: 'Related requirements', width: 15 },
            ],
            rows: matrix.rows.map((r) => [
              r.humanId,
              r.title,
              r.riskControl ? `${r.type} (risk control)` : r.type,
              ids(r.items),
              ids(r.riskControls, r.riskControl ? 'none' : '—'),
              r.tests.length > 0 ? ids(r.tests) : r.verificationMethod ? `${r.verificationMethod}; no test linked yet` : 'none',
              ids(
                r.relations.map((rel) => ({ ...rel, humanId: relationPhrase(rel) })),
                '—',
              ),
            ]),
            emptyText: 'No requirements are recorded yet.',
          },
        ],
      },
      {
        heading: 'SOUP and the software items that use it',
        blocks: [
          {
            kind: 'table',
            columns: [
              { header: 'SOUP', width: 12 },
              { header: 'Name', width: 38 },
              { header: 'Version', width: 15 },
              { header: 'Used by', width: 35 },
            ],
            rows: matrix.soup.map((s) => [s.humanId, s.title, s.version, ids(s.items)]),
            emptyText: 'No SOUP is recorded yet.',
          },
        ],
      },
      {
        heading: 'Open gaps',
        blocks:
          gaps.gaps.length === 0
            ? [{ kind: 'paragraph', text: 'None: every requirement, software item and SOUP item checked is traced, and no link awaits review.' }]
            : [{ kind: 'list', items: gaps.gaps.map((g) => g.message) }],
      },
    ],
    records: [
      ...matrix.rows.map((r) =>
        recordRef(`requirement:${r.humanId}`, 'requirement trace', `${r.humanId} ${r.title}`, {
          items: r.items.map((i) => i.humanId),
          controls: r.riskControls.map((c) => c.humanId),
          tests: r.tests.map((t) => t.humanId),
          method: r.verificationMethod,
        }),
      ),
      ...matrix.soup.map((s) => recordRef(`soup:${s.humanId}`, 'SOUP trace', `${s.humanId} ${s.title} ${s.version}`, { items: s.items.map((i) => i.humanId) })),
    ],
  };
}
