import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { columnWidths, dataTable } from '../../electron/core/pdf/blocks';
import { cellMeasure } from '../../electron/core/pdf/cell-measure';
import { wrapLines } from '../../electron/core/pdf/line-wrap';
import { renderPdf } from '../../electron/core/pdf/pdf-bytes';
import { contentFrame, pageSetup } from '../../electron/core/pdf/page-setup';
import { CELL_LINE, ROW_LINES_KEPT_WHOLE, WRAP_SLACK } from '../../electron/core/pdf/table-rows';
import { CELL_PADDING } from '../../electron/core/pdf/theme';

const dir = mkdtempSync(join(tmpdir(), 'cairn-painted-'));
const COLUMNS = [
  { header: 'ID', width: 1 },
  { header: 'Text', width: 4 },
  { header: 'Note', width: 2 },
];
/** Rows of one to five lines, so rows end near every page's foot and some split across two pages. */
const ROWS = Array.from({ length: 160 }, (_, i) => [`REQ-${i}`, `Requirement ${i} shall hold ${'and keep holding '.repeat(i % 9)}— Łódź, Ωμέγα.`, i % 4 ? `Note ${i}` : '']);
const frame = contentFrame('portrait');

/**
 * The same table with every cell laid out by pdfmake, word for word, as before rows were painted; its rows
 * kept whole like painted rows of this height (ROW_LINES_KEPT_WHOLE).
 */
function laidOutTable(): Content {
  const measure = cellMeasure(CELL_LINE.fontSize);
  const widths = columnWidths(COLUMNS).map((p) => (parseFloat(p) * frame.width) / 100 - 2 * CELL_PADDING.x - WRAP_SLACK);
  const cell = (text: string, width: number): TableCell => {
    const lines = wrapLines(text, width, measure, width + WRAP_SLACK);
    return { text: lines.flatMap((line, n) => (n === 0 ? [{ text: line, noWrap: true }] : ['\n', { text: line, noWrap: true }])), style: 'tableCell' };
  };
  const table = dataTable(COLUMNS, [], undefined, frame) as { table: { body: TableCell[][] } };
  table.table.body = [table.table.body[0] ?? [], ...ROWS.map((row) => widths.map((width, i) => cell(row[i] ?? '', width)))];
  return { ...table, table: { ...table.table, dontBreakRows: true } } as Content;
}

async function pagesOf(content: Content, name: string): Promise<string[]> {
  const file = join(dir, name);
  writeFileSync(file, await renderPdf({ ...pageSetup(), content: [content] }));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => page.trim());
}

describe('painted table rows', () => {
  it('print every cell on the pages, and at the places, where laid-out cells print', async () => {
    const painted = await pagesOf(dataTable(COLUMNS, ROWS, undefined, frame), 'painted.pdf');
    const laidOut = await pagesOf(laidOutTable(), 'laid-out.pdf');
    expect(painted.length).toBeGreaterThan(3);
    expect(painted).toEqual(laidOut);
    expect(painted.join('')).toContain('REQ-159');
    expect(painted[0]).toMatch(/REQ-4 +Requirement 4 shall hold and keep holding and keep holding and keep\n +holding and keep holding — Łódź, Ωμέγα./);
  });

  it('keep a row of up to ROW_LINES_KEPT_WHOLE lines on one page, and continue a taller one on the next', async () => {
    const tall = Array.from({ length: 90 }, (_, n) => `Step ${n + 1} of the tall row.`).join(' ');
    const pages = await pagesOf(dataTable(COLUMNS, [...ROWS.slice(0, 100), ['REQ-TALL', tall, ''], ...ROWS.slice(100)], undefined, frame), 'kept-whole.pdf');
    // Under the repeated header, each page starts with a row's first line, except where the tall row goes on.
    const firstRowLines = pages.slice(1).map(
      (page) =>
        page
          .split('\n')
          .filter((line) => line.trim())[1]
          ?.trim() ?? '',
    );
    expect(firstRowLines.filter((line) => !line.startsWith('REQ-'))).toEqual([expect.stringMatching(/Step \d+ of the tall row/)]);
    const text = pages.join('').replace(/\s+/g, ' ');
    expect(text).toContain('Step 1 of the tall row.');
    expect(text).toContain('Step 90 of the tall row.');
    expect(tall.length / 60).toBeGreaterThan(ROW_LINES_KEPT_WHOLE);
  });
});
