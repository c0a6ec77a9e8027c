import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { afterAll, describe, expect, it } from 'vitest';
import { FONT_FAMILY } from '../../electron/core/pdf/fonts';
import { renderPdf } from '../../electron/core/pdf/pdf-bytes';
import { blankPages } from '../support/blank-pages';

/**
 * Issue 16: the detector the sample's export test relies on finds a page holding only its running lines, or
 * only a repeated table header and a stray word, and nothing else.
 */
const dir = mkdtempSync(join(tmpdir(), 'cairn-blank-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const table = (row: string[]) => ({ table: { headerRows: 1, body: [['Run', 'Test', 'Actual result'], row] }, pageBreak: 'after' as const });
const running = (text: string) => () => ({ text, margin: [57, 30, 57, 0] as [number, number, number, number], fontSize: 7.5 });

describe('finding blank pages', () => {
  it('reports a page with only header and footer, or only a stray word under a repeated table header; not text, a drawing or one whole row', async () => {
    const dd: TDocumentDefinitions = {
      pageSize: 'A4',
      pageMargins: [57, 68, 57, 62],
      defaultStyle: { font: FONT_FAMILY },
      header: running('DOC v1 · Title                                                APPROVED'),
      footer: (page, pages) => ({ text: `DOC v1 · page ${page} of ${pages}`, margin: [57, 20, 57, 0], fontSize: 7.5 }),
      content: [
        { text: 'First page of text.', pageBreak: 'after' },
        { text: '', pageBreak: 'after' },
        { canvas: [{ type: 'rect', x: 0, y: 0, w: 300, h: 200, lineWidth: 2 }], pageBreak: 'after' },
        table(['RUN-3', 'TC-21 Stale synchronisation', 'Portal shows the same time in amber next to the']),
        // The tail of the row above under its repeated header: one word of its own.
        table(['', '', 'trend.']),
        // One whole row under the repeated header is content.
        table(['RUN-4', 'TC-22 Export', 'Passed']),
        { text: 'Last page of text.' },
      ],
    };
    const file = join(dir, 'blank.pdf');
    writeFileSync(file, await renderPdf(dd));
    expect(blankPages(file)).toEqual([2, 5]);
  });
});
