/**
 * PDF export speed: a ~10k-entry audit trail extract through Cairn's renderer (pdfmake layout with
 * cover, contents, numbered headings, repeating table headers, running lines) against raw pdfkit drawing
 * the same cells in the same columns, same font and page size. The ratio is the price of the layout engine.
 */
import type { AuditRow } from '../../shared/api/audit-types';
import type { DocumentControl } from '../../shared/documents/control';
import { buildAuditExtract } from '../../electron/core/documents/kinds/audit-extract';
import { renderPdf } from '../../electron/core/pdf/pdf-bytes';
import { renderDocument } from '../../electron/core/pdf/render-document';
import { timed } from './measure';
import { rawPdfkit } from './raw-pdfkit';

const ROWS = 10_000;
const ACTIONS = ['user.created', 'user.updated', 'document.created', 'document.signed', 'project.updated'];
const PEOPLE = ['Ada Lovelace', 'Grace Hopper', 'Дмитрий Ωμέγα'];

export function syntheticRows(count: number): AuditRow[] {
  return Array.from({ length: count }, (_, i) => ({
    seq: i + 1,
    at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    userId: 1 + (i % 3),
    userName: PEOPLE[i % 3] ?? null,
    action: ACTIONS[i % ACTIONS.length] ?? 'user.updated',
    entity: ['user', 'document', 'project'][i % 3] ?? 'user',
    entityId: String(i % 97),
    summary: `Updated record ${i % 97} during routine work`,
    before: i % 4 === 0 ? null : { name: 'Previous name', role: 'author' },
    after: { name: `Name ${i}`, role: i % 2 ? 'reviewer' : 'author' },
    method: 'users.update',
  }));
}

export function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}

/** An approved audit extract over `rows` synthetic entries, as content, control and definition. */
export function auditExtractFixture(rows: number) {
  const content = buildAuditExtract({ docKey: 'AUDIT-BENCH', rows: syntheticRows(rows), period: { from: null, to: null }, entity: null, generatedFor: 'Bench product' });
  const control: DocumentControl = {
    docKey: content.docKey,
    title: content.title,
    version: 1,
    state: 'approved',
    productName: 'Bench product',
    manufacturer: 'Bench Ltd',
    issuedAt: '2026-01-01T00:00:00Z',
    contentSha256: '0'.repeat(64),
    signatures: [],
    revisions: [],
    changedSinceApproval: false,
  };
  return { content, control };
}

/** Prints pages, seconds and pages per second for Cairn's renderer and raw pdfkit, and their ratio. */
export async function benchPdfExport(): Promise<void> {
  const { content, control } = auditExtractFixture(ROWS);
  const entries = content.sections.at(-1)?.blocks[0];
  if (entries?.kind !== 'table') throw new Error('audit extract has no entries table');

  const definition = await timed(() => renderDocument(content, control));
  const cairn = await timed(() => renderPdf(definition.value));
  const raw = await timed(() => rawPdfkit([entries], 'landscape'));
  const cairnPages = pageCount(cairn.value);
  const rawPages = pageCount(raw.value);
  const cairnRate = (cairnPages * 1000) / cairn.ms;
  const rawRate = (rawPages * 1000) / raw.ms;

  console.log(`pdf export: ${ROWS} audit rows`);
  console.log(
    `  cairn renderer : ${cairnPages} pages in ${(cairn.ms / 1000).toFixed(2)} s = ${cairnRate.toFixed(1)} pages/s, ${(cairn.value.length / 1e6).toFixed(1)} MB (definition built in ${definition.ms.toFixed(0)} ms)`,
  );
  console.log(`  raw pdfkit     : ${rawPages} pages in ${(raw.ms / 1000).toFixed(2)} s = ${rawRate.toFixed(1)} pages/s, ${(raw.value.length / 1e6).toFixed(1)} MB`);
  console.log(`  ratio          : raw pdfkit is ${(rawRate / cairnRate).toFixed(2)}x the pages/s of the cairn renderer`);
}
