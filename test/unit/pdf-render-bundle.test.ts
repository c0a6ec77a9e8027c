import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ContentSection, ContextPageSize, DynamicContent } from 'pdfmake/interfaces';
import type { DocumentContent } from '../../shared/documents/content';
import type { DocumentControl } from '../../shared/documents/control';
import { renderPdf } from '../../electron/core/pdf/pdf-bytes';
import { manifestSha256, renderBundle, type BundleInfo } from '../../electron/core/pdf/render-bundle';

const dir = mkdtempSync(join(tmpdir(), 'cairn-manifest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PAGE: ContextPageSize = { width: 595.28, height: 841.89, orientation: 'portrait' };

const part = (docKey: string, title: string, orientation: DocumentContent['orientation']) => ({
  content: { docKey, title, orientation, purpose: `Why ${docKey} exists.`, records: [], sections: [{ heading: 'Body', blocks: [{ kind: 'paragraph' as const, text: 'Text.' }] }] },
  control: {
    docKey,
    title,
    version: 2,
    state: 'approved',
    productName: 'PulseWatch',
    manufacturer: 'Acme',
    issuedAt: '2026-11-25T00:00:00Z',
    contentSha256: docKey === 'A' ? '1'.repeat(64) : '2'.repeat(64),
    changedSinceApproval: false,
    signatures: [],
    revisions: [],
  } satisfies DocumentControl,
});

const bundle: BundleInfo = {
  productName: 'PulseWatch',
  manufacturer: 'Acme',
  issuedAt: '2026-11-25T00:00:00Z',
  manifest: [
    { docKey: 'A', title: 'First', version: 2, contentSha256: '1'.repeat(64), signatures: ['Ada Lovelace, approved, 2026-11-24 10:00:00 UTC'] },
    { docKey: 'B', title: 'Second', version: 2, contentSha256: '2'.repeat(64), signatures: [] },
  ],
};

const dd = renderBundle([part('A', 'First', 'portrait'), part('B', 'Second', 'landscape')], bundle);
const sections = dd.content as ContentSection[];
const nodes = (section: ContentSection | undefined) => (section?.section ?? []) as unknown as Record<string, unknown>[];
const all = sections.flatMap(nodes);
const footer = (section: ContentSection | undefined, page: number, pages: number) => JSON.stringify((section?.footer as DynamicContent)(page, pages, PAGE));

describe('renderBundle', () => {
  it('has a cover, one contents and a manifest before the documents', () => {
    const front = JSON.stringify(nodes(sections[0]));
    expect(front).toContain('TECHNICAL FILE');
    expect(front).toContain(manifestSha256(bundle));
    expect(all.filter((n) => 'toc' in n)).toHaveLength(1);
    expect(front).toContain('Ada Lovelace, approved, 2026-11-24 10:00:00 UTC');
    expect(front).toContain('1'.repeat(64));
    expect(front).toContain('Not signed');
  });

  it('gives every document a front section and a body section in its own orientation', () => {
    expect(sections.map((s) => s.pageOrientation)).toEqual(['portrait', 'portrait', 'portrait', 'portrait', 'landscape']);
  });

  it('makes each document a top-level bookmark with its headings beneath it', () => {
    const docEntry = all.find((n) => n.id === 'B:document');
    expect(docEntry).toMatchObject({ text: 'B v2 — Second', tocItem: true, outline: true });
    expect(docEntry?.outlineParentId).toBeUndefined();
    expect(all.find((n) => n.id === 'B:1')).toMatchObject({ outlineParentId: 'B:document' });
    expect(all.find((n) => n.id === 'A:control')).toMatchObject({ outlineParentId: 'A:document' });
  });

  it('names the current document in each page footer and counts pages through the whole file', () => {
    expect(footer(sections[0], 1, 20)).toContain('Technical file · page 1 of 20');
    expect(footer(sections[2], 7, 20)).toContain('A v2 · page 7 of 20');
    expect(footer(sections[4], 12, 20)).toContain('B v2 · page 12 of 20');
  });

  it('records the product, the document versions and the manifest digest in the metadata', () => {
    expect(dd.version).toBe('1.7');
    expect(dd.info?.keywords).toBe(`product=PulseWatch; documents=A@v2,B@v2; manifestSha256=${manifestSha256(bundle)}`);
  });

  it('keeps each manifest row on one page, so no page holds only the tail of one', async () => {
    const signed = (n: number) => ['authored', 'reviewed', 'approved'].map((meaning) => `${meaning} by Person ${n} (role) at 2026-11-24T10:00:0${n % 10}.000Z`);
    const manifest = Array.from({ length: 24 }, (_, n) => ({ docKey: `DOC-${n}`, title: `Document ${n}`, version: 1, contentSha256: 'a'.repeat(64), signatures: signed(n) }));
    const file = join(dir, 'manifest.pdf');
    writeFileSync(file, await renderPdf(renderBundle([part('A', 'First', 'portrait')], { ...bundle, manifest })));
    const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
    // On each manifest page, the line under the repeated header starts a row: a document ID, not a signature's tail.
    const firstRowLines = pages.flatMap((page) => {
      const lines = page.split('\n').filter((line) => line.trim());
      const header = lines.findIndex((line) => /Document ID\s+Title/.test(line));
      return header < 0 ? [] : [lines[header + 1]?.trim() ?? ''];
    });
    expect(firstRowLines.length).toBeGreaterThan(1);
    expect(firstRowLines.filter((line) => !/^DOC-\d+/.test(line))).toEqual([]);
  });
});
