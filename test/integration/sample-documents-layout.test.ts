import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES } from '../../shared/api/documents-types';
import { blankPages } from '../support/blank-pages';
import { textOf } from '../support/document-text';
import { sampleWithEveryDocumentType } from '../support/every-document-type';
import { renderEveryDocument, type RenderedDocument } from '../support/render-every-document';
import type { CoreFixture } from './core-fixture';

/**
 * Issue 16, as an auditor turns the pages: every document type of the sample, laid out as its export lays it
 * out, has no page without content of its own and no word split across lines without a hyphen. Rendered in
 * this thread from the cached sample (see render-every-document.ts): about 11 CPU-seconds for some 40
 * documents, where an export per document cost 70 (a render worker each). In the slow tier (over 7 s).
 */
let f: CoreFixture;
let rendered: RenderedDocument[] = [];
beforeAll(async () => {
  f = await sampleWithEveryDocumentType();
  await f.core.close();
  rendered = await renderEveryDocument(f.path('demo.cairn'), f.dir, '2026-01-02T09:00:00.000Z');
});
afterAll(() => f.dispose());

const bare = (token: string) => token.replace(/^[("“‘]+|[)"”’.,;:!?]+$/gu, '');

/** A line break inside a word of the document's own text with no hyphen before it: "acceptabil" / "ity". */
function unhyphenatedSplits(file: string, words: ReadonlySet<string>): string[] {
  const lines = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).split('\n');
  return lines.slice(1).flatMap((next, i) => {
    const last = lines[i]?.trim().split(/\s+/).at(-1) ?? '';
    const first = next.trim().split(/\s+/)[0] ?? '';
    if (!/\p{L}$/u.test(last) || !/^\p{L}/u.test(first) || words.has(bare(last))) return [];
    return words.has(bare(last + first)) ? [`${last}|${first}`] : [];
  });
}

describe('the sample’s documents, page by page', () => {
  it('covers every document type', () => {
    expect(new Set(rendered.map((r) => r.type))).toEqual(new Set(DOCUMENT_TYPES));
  });

  it('has no blank page in any document', () => {
    expect(rendered.flatMap(({ docKey, file }) => blankPages(file).map((page) => `${docKey} page ${page}`))).toEqual([]);
  });

  it('splits no word across lines without a hyphen', () => {
    const found = rendered.flatMap(({ docKey, content, file }) => {
      const words = new Set(textOf(content).split(/\s+/).map(bare));
      return unhyphenatedSplits(file, words).map((split) => `${docKey}: ${split}`);
    });
    expect(found).toEqual([]);
  });
});
