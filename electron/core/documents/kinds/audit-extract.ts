import type { AuditRow } from '../../../../shared/api/audit-types';
import type { DocumentContent } from '../../../../shared/documents/content';
import { formatUtc } from '../../pdf/format';
import { recordRef } from '../canonical';
import { describeChange } from './audit-change';

export interface AuditExtractInput {
  docKey: string;
  /** Oldest first, as the audit trail stores them. */
  rows: AuditRow[];
  period: { from: string | null; to: string | null };
  /** One audited entity kind, or null for all. */
  entity: string | null;
  /** The product the trail belongs to. */
  generatedFor: string;
}

const ENTRY_COLUMNS = [
  { header: '#', width: 4 },
  { header: 'Time', width: 11 },
  { header: 'Who', width: 11 },
  { header: 'Action', width: 12 },
  { header: 'Entity', width: 8 },
  { header: 'Entity ID', width: 6 },
  { header: 'Summary', width: 20 },
  { header: 'Change', width: 28 },
];

/** "2026-01-01", or a phrase for an open end of the period. */
function periodEnd(iso: string | null, open: string): string {
  return iso ? iso.slice(0, 10) : open;
}

/**
 * An audit trail extract: the selection it was made with, counts by action, then every entry with what
 * it changed. Landscape, because eight columns do not read well on a portrait page.
 */
export function buildAuditExtract(input: AuditExtractInput): DocumentContent {
  const from = periodEnd(input.period.from, 'start');
  const to = periodEnd(input.period.to, 'latest entry');
  const entries = input.rows.map((row) => ({
    seq: row.seq,
    cells: [String(row.seq), formatUtc(row.at), who(row), row.action, row.entity, row.entityId ?? '—', row.summary, describeChange(row.before, row.after)],
  }));
  const first = input.rows[0];
  const last = input.rows.at(-1);

  return {
    docKey: input.docKey,
    title: `Audit trail extract, ${from} to ${to}${input.entity ? ` (${input.entity})` : ''}`,
    orientation: 'landscape',
    purpose:
      `This extract reproduces entries of the audit trail of ${input.generatedFor}: who did what and when, and which ` +
      'values changed. The trail itself is append-only and hash-chained inside the project file; this extract lets a ' +
      'reviewer read the selected entries without access to that file.',
    sections: [
      {
        heading: 'Selection',
        blocks: [
          {
            kind: 'keyValue',
            rows: [
              ['Product', input.generatedFor],
              ['Period from', input.period.from ? formatUtc(input.period.from) : 'The first entry of the trail'],
              ['Period to', input.period.to ? formatUtc(input.period.to) : 'The latest entry of the trail'],
              ['Entity', input.entity ?? 'All entities'],
              ['Entries', String(input.rows.length)],
              ['Entry numbers', first && last ? `#${first.seq} to #${last.seq}` : 'None'],
            ],
          },
          {
            kind: 'paragraph',
            text: 'All times are Coordinated Universal Time (UTC). Entry numbers are the sequence numbers of the audit trail; a gap in them means entries outside this selection, not missing entries.',
          },
        ],
      },
      {
        heading: 'Entries by action',
        blocks: [
          {
            kind: 'table',
            columns: [
              { header: 'Action', width: 3 },
              { header: 'Entries', width: 1 },
            ],
            rows: countByAction(input.rows),
            emptyText: 'No entries in this selection.',
          },
        ],
      },
      {
        heading: 'Entries',
        blocks: [{ kind: 'table', columns: ENTRY_COLUMNS, rows: entries.map((e) => e.cells), emptyText: 'No audit entries match this selection.' }],
      },
    ],
    // Each digest covers the entry exactly as printed.
    records: entries.map((e) => recordRef(`audit:${e.seq}`, 'audit', `#${e.seq} ${e.cells[3]} ${e.cells[4]}`, e.cells)),
  };
}

function who(row: AuditRow): string {
  if (row.userName) return row.userName;
  return row.userId === null ? 'System' : `User #${row.userId}`;
}

/** Most frequent first; ties alphabetically, so the table is stable. */
function countByAction(rows: AuditRow[]): string[][] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.action, (counts.get(row.action) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([action, count]) => [action, String(count)]);
}
