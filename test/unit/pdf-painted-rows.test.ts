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
import { CELL_LINE, WRAP_SLACK } from '../../electron/core/pdf/table-rows';
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

/** The same table with every cell laid out by pdfmake, word for word, as before rows were painted. */
function laidOutTable(): Content {
  const measure = cellMeasure(CELL_LINE.fontSize);
  const widths = columnWidths(COLUMNS).map((p) => (parseFloat(p) * frame.width) / 100 - 2 * CELL_PADDING.x - WRAP_SLACK);
  const cell = (text: string, width: number): TableCell => {
    const lines = wrapLines(text, width, measure, width + WRAP_SLACK);
    return { text: lines.flatMap((line, n) => (n === 0 ? [{ text: line, noWrap: true }] : ['\n', { text: line, noWrap: true }])), style: 'tableCell' };
  };
  const table = dataTable(COLUMNS, [], undefined, frame) as { table: { body: TableCell[][] } };
  table.table.body = [table.table.body[0] ?? [], ...ROWS.map((row) => widths.map((width, i) => cell(row[i] ?? '', width)))];
  return table as Content;
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
});
