import { describe, expect, it } from 'vitest';
import type { ContentSection, ContextPageSize, DynamicContent } from 'pdfmake/interfaces';
import type { DocumentContent } from '../../shared/documents/content';
import type { DocumentControl } from '../../shared/documents/control';
import { manifestSha256, renderBundle, type BundleInfo } from '../../electron/core/pdf/render-bundle';

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
});
