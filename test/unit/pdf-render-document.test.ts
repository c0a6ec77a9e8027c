import { describe, expect, it } from 'vitest';
import type { ContentSection, ContextPageSize, DynamicContent } from 'pdfmake/interfaces';
import type { DocumentContent } from '../../shared/documents/content';
import type { DocumentControl, SignatureManifestation } from '../../shared/documents/control';
import { renderDocument } from '../../electron/core/pdf/render-document';
import { NOT_SIGNED_TEXT, SELF_APPROVAL_NOTE } from '../../electron/core/pdf/control-tables';

const SHA = 'a'.repeat(64);
const PAGE: ContextPageSize = { width: 595.28, height: 841.89, orientation: 'portrait' };

const signature = (over: Partial<SignatureManifestation> = {}): SignatureManifestation => ({
  printedName: 'Ada Lovelace',
  role: 'Owner',
  meaning: 'authored',
  signedAt: '2026-11-24T10:11:12.000Z',
  contentSha256: SHA,
  matchesContent: true,
  selfApproval: false,
  ...over,
});

const control = (over: Partial<DocumentControl> = {}): DocumentControl => ({
  docKey: 'SRS',
  title: 'Software requirements',
  version: 3,
  state: 'approved',
  productName: 'PulseWatch',
  manufacturer: 'Acme Médical',
  issuedAt: '2026-11-25T08:00:00.000Z',
  contentSha256: SHA,
  changedSinceApproval: false,
  signatures: [signature(), signature({ printedName: 'Grace Hopper', role: 'Approver', meaning: 'approved', signedAt: '2026-11-24T15:30:00.000Z' })],
  revisions: [{ version: 1, date: '2026-10-01T00:00:00.000Z', author: 'Ada Lovelace', summary: 'First issue.', state: 'obsolete' }],
  ...over,
});

const content: DocumentContent = {
  docKey: 'SRS',
  title: 'Software requirements',
  orientation: 'landscape',
  purpose: 'States what the software must do.',
  records: [],
  sections: [
    {
      heading: 'Requirements',
      blocks: [
        {
          kind: 'table',
          columns: [
            { header: 'ID', width: 1 },
            { header: 'Text', width: 4 },
          ],
          rows: [['REQ-1', 'The monitor shall alarm.']],
        },
      ],
      subsections: [{ heading: 'Interfaces', blocks: [{ kind: 'table', columns: [{ header: 'Name' }], rows: [], emptyText: 'No interfaces yet.' }] }],
    },
  ],
};

function sections(c: DocumentControl = control()): ContentSection[] {
  return renderDocument(content, c).content as ContentSection[];
}
const nodes = (section: ContentSection | undefined) => (section?.section ?? []) as unknown as Record<string, unknown>[];
const text = (value: unknown) => JSON.stringify(value);
const call = (fn: ContentSection['header'], page: number, pages: number) => text((fn as DynamicContent)(page, pages, PAGE));

describe('renderDocument', () => {
  it('is an A4 PDF 1.7 with identifying metadata', () => {
    const dd = renderDocument(content, control());
    expect(dd.version).toBe('1.7');
    expect(dd.pageSize).toBe('A4');
    expect(dd.info).toMatchObject({ title: 'SRS v3 — Software requirements', author: 'Acme Médical', creator: 'Cairn' });
    expect(dd.info?.keywords).toBe(`docKey=SRS; version=3; contentSha256=${SHA}`);
  });

  it('puts ID, title, version, state, product, manufacturer, issue date and digest on the cover', () => {
    const front = text(nodes(sections()[0]));
    for (const field of ['SRS v3', 'Software requirements', '"v3"', '"Approved"', 'PulseWatch', 'Acme Médical', '2026-11-25', SHA]) expect(front).toContain(field);
    expect(front).not.toContain('not approved');
  });

  it('shows a banner for drafts and for content changed since approval', () => {
    expect(text(nodes(sections(control({ state: 'draft', signatures: [] }))[0]))).toContain('DRAFT — not approved');
    const changed = text(nodes(sections(control({ changedSinceApproval: true }))[0]));
    expect(changed).toContain('CHANGED SINCE APPROVAL — signatures no longer match the records');
  });

  it('lists every signature with name, role, meaning, UTC time, digest and whether it still matches', () => {
    const front = text(nodes(sections(control({ signatures: [signature({ matchesContent: false })] }))[0]));
    for (const field of ['Ada Lovelace', 'Owner', 'Authored', '2026-11-24 10:11:12 UTC', 'aaaaaaaaaaaa…aaaaaa', 'No — content changed']) expect(front).toContain(field);
  });

  it('marks self-approval explicitly and says when nothing has been signed', () => {
    expect(text(nodes(sections(control({ signatures: [signature({ meaning: 'approved', selfApproval: true })] }))[0]))).toContain(SELF_APPROVAL_NOTE);
    expect(text(nodes(sections(control({ signatures: [] }))[0]))).toContain(NOT_SIGNED_TEXT);
  });

  it('has a revision history table', () => {
    const front = text(nodes(sections()[0]));
    expect(front).toContain('Summary of change');
    expect(front).toContain('First issue.');
  });

  it('has a contents page with bookmarks and numbered headings, Purpose first', () => {
    const [front, body] = sections();
    expect(nodes(front).find((n) => 'toc' in n)).toMatchObject({ toc: { outlines: true } });
    const headings = nodes(body)
      .filter((n) => 'tocItem' in n)
      .map((n) => n.text);
    expect(headings).toEqual(['1\u2002Purpose', '2\u2002Requirements', '2.1\u2002Interfaces']);
    const sub = nodes(body).find((n) => n.id === 'SRS:2.1');
    expect(sub).toMatchObject({ outline: true, outlineParentId: 'SRS:2' });
  });

  it('repeats table headers on every page and fills empty tables with their text', () => {
    const tables = nodes(sections()[1]).filter((n) => 'table' in n);
    expect(tables).toHaveLength(2);
    for (const t of tables) expect(t).toMatchObject({ table: { headerRows: 1 } });
    expect(text(tables[1])).toContain('No interfaces yet.');
  });

  it('keeps front matter portrait and lays the body out as the content asks', () => {
    const [front, body] = sections();
    expect(front?.pageOrientation).toBe('portrait');
    expect(body?.pageOrientation).toBe('landscape');
  });

  it('prints "ID vN · Title" and the state in the header, "ID vN · page X of Y" and the product in the footer', () => {
    const [front, body] = sections(control({ state: 'in_review' }));
    expect(call(front?.header, 1, 9)).toContain('SRS v3 · Software requirements');
    expect(call(front?.header, 1, 9)).toContain('IN REVIEW');
    expect(call(body?.footer, 4, 9)).toContain('SRS v3 · page 4 of 9');
    expect(call(body?.footer, 4, 9)).toContain('PulseWatch');
    // Every page states the document's status, an approved one included (the auditor asked for it).
    expect(call(sections()[0]?.header, 1, 9)).toContain('APPROVED');
    expect(call(sections(control({ changedSinceApproval: true }))[0]?.header, 1, 9)).toContain('CHANGED SINCE APPROVAL');
  });
});
