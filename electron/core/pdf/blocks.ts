import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Block, TableColumn } from '../../../shared/documents/content';
import { printable } from './format';
import { COLOURS, DATA_TABLE_LAYOUT, KEY_VALUE_LAYOUT } from './theme';

/** One content block as pdfmake content. Long words are hard-wrapped by pdfmake 0.3, so cells never overflow. */
export function renderBlock(block: Block): Content {
  switch (block.kind) {
    case 'paragraph':
      return { text: printable(block.text), style: 'paragraph' };
    case 'list':
      return { ul: block.items.map(printable), margin: [4, 0, 0, 8], markerColor: COLOURS.faint };
    case 'keyValue':
      return keyValueTable(block.rows);
    case 'table':
      return dataTable(block.columns, block.rows, block.emptyText);
  }
}

/**
 * Column widths as percentages of the line, so a table always fits the page whatever it holds.
 * `width` is a relative weight; a column without one weighs 1.
 */
export function columnWidths(columns: TableColumn[]): string[] {
  const weights = columns.map((column) => column.width ?? 1);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => `${((100 * weight) / total).toFixed(3)}%`);
}

/** A data table of plain text cells. */
export function dataTable(columns: TableColumn[], rows: string[][], emptyText = 'No entries.'): Content {
  return styledTable(columns, rows.map((row) => bodyRow(row, columns.length)), emptyText);
}

/** A data table of prepared cells; its header row repeats on every page it spans. */
export function styledTable(columns: TableColumn[], cells: TableCell[][], emptyText: string): Content {
  const header: TableCell[] = columns.map((column) => ({ text: printable(column.header), style: 'tableHeader' }));
  const body = cells.length > 0 ? cells : [emptyRow(emptyText, columns.length)];
  return {
    table: { headerRows: 1, widths: columnWidths(columns), body: [header, ...body] },
    layout: DATA_TABLE_LAYOUT,
    margin: [0, 2, 0, 12],
  };
}

/** Two columns, label and value, for facts such as the cover's identification block. */
export function keyValueTable(rows: [string, string][], keyWidth = 30): Content {
  return {
    table: {
      widths: [`${keyWidth}%`, `${100 - keyWidth}%`],
      body: rows.map(([key, value]): TableCell[] => [
        { text: printable(key), style: 'keyCell' },
        { text: printable(value), style: 'valueCell' },
      ]),
    },
    layout: KEY_VALUE_LAYOUT,
    margin: [0, 2, 0, 12],
  };
}

/** Pads or trims a row to the column count: a short row must not shift or break the table. */
function bodyRow(row: string[], width: number): TableCell[] {
  return Array.from({ length: width }, (_, i): TableCell => ({ text: printable(row[i] ?? ''), style: 'tableCell' }));
}

function emptyRow(text: string, width: number): TableCell[] {
  const filler: TableCell[] = Array.from({ length: width - 1 }, () => ({ text: '' }));
  return [{ text, style: 'emptyCell', colSpan: width }, ...filler];
}
