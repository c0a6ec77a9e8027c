import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { DocumentContent, TableColumn } from '../../shared/documents/content';
import { columnWidths } from '../../electron/core/pdf/blocks';

/** A table's header and rows, as the baseline draws them. */
export interface RawTable {
  columns: TableColumn[];
  rows: string[][];
}

/** Every data table of a document's content, in reading order: what the baseline draws. */
export function tablesOf(content: DocumentContent): RawTable[] {
  const tables: RawTable[] = [];
  const walk = (sections: DocumentContent['sections']) =>
    sections.forEach((section) => {
      section.blocks.forEach((block) => block.kind === 'table' && tables.push({ columns: block.columns, rows: block.rows }));
      walk(section.subsections ?? []);
    });
  walk(content.sections);
  return tables;
}

/**
 * The same cells drawn straight with pdfkit: A4 in the given orientation, Roboto 8.5 pt, one row after
 * another, the header repeated on each page, each table starting on a new page. No cover, contents,
 * running lines, fills or rules: the floor any layout engine is measured against.
 */
export function rawPdfkit(tables: RawTable[], layout: 'portrait' | 'landscape'): Promise<Buffer> {
  const font = join(dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto', 'Roboto-Regular.ttf');
  const doc = new PDFDocument({ size: 'A4', layout, margin: 57, pdfVersion: '1.7', autoFirstPage: false });
  doc.font(font).fontSize(8.5);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (const { columns, rows } of tables) {
    doc.addPage();
    const usable = doc.page.width - 114;
    const widths = columnWidths(columns).map((w) => (parseFloat(w) / 100) * usable);
    const cellWidth = (i: number) => (widths[i] ?? 40) - 10;
    const rowHeight = (cells: string[]) => Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: cellWidth(i) }))) + 7;
    const drawRow = (cells: string[], y: number): number => {
      let x = 57;
      cells.forEach((cell, i) => {
        doc.text(cell, x + 5, y + 3.5, { width: cellWidth(i) });
        x += widths[i] ?? 40;
      });
      return y + rowHeight(cells);
    };
    const header = columns.map((c) => c.header);
    let y = drawRow(header, 68);
    for (const row of rows) {
      if (y + rowHeight(row) > doc.page.height - 62) {
        doc.addPage();
        y = drawRow(header, 68);
      }
      y = drawRow(row, y);
    }
  }
  doc.end();
  return done;
}
