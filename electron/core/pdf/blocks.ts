import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Block, TableColumn } from '../../../shared/documents/content';
import { diagramSvg } from '../../../shared/architecture/diagram-svg';
import type { DiagramLayout } from '../../../shared/architecture/diagram-types';
import { printable } from './format';
import { bodyRows, WRAP_SLACK } from './table-rows';
import { hyphenateOverlongWords } from './hyphenate';
import { CELL_PADDING, COLOURS, DATA_TABLE_LAYOUT, DEFAULT_STYLE, KEY_VALUE_LAYOUT, STYLES } from './theme';

/** Where a block is laid out: the writable width and height of the page it sits on. */
export interface Frame {
  width: number;
  height: number;
}

/** A list item's text starts after the list's left margin and pdfmake's marker (at most this many points in all). */
const LIST_INDENT = 20;
/** The key column's share of a key–value table, in percent (keyValueTable's default). */
const KEY_PERCENT = 30;
const VALUE_FONT_SIZE = STYLES.valueCell?.fontSize ?? DEFAULT_STYLE.fontSize;
const keyValueTextWidth = (width: number) => ((100 - KEY_PERCENT) / 100) * width - 2 * CELL_PADDING.x;

/**
 * One content block as pdfmake content. A word wider than its line is cut with a hyphen before pdfmake sees
 * it (hyphenate.ts; table cells in table-rows.ts), so pdfmake never cuts one without.
 */
export function renderBlock(block: Block, frame: Frame): Content {
  switch (block.kind) {
    case 'paragraph':
      return { text: hyphenateOverlongWords(printable(block.text), frame.width, DEFAULT_STYLE.fontSize), style: 'paragraph' };
    case 'list':
      return {
        ul: block.items.map((item) => hyphenateOverlongWords(printable(item), frame.width - LIST_INDENT, DEFAULT_STYLE.fontSize)),
        margin: [4, 0, 0, 8],
        markerColor: COLOURS.faint,
      };
    case 'keyValue':
      return keyValueTable(block.rows.map(([key, value]) => [key, hyphenateOverlongWords(value, keyValueTextWidth(frame.width), VALUE_FONT_SIZE)]));
    case 'table':
      return dataTable(block.columns, block.rows, block.emptyText, frame);
    case 'diagram':
      return diagramBlock(block.layout, block.description, frame);
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

/** A data table of plain text cells, each broken into the lines its column gives it (see table-rows.ts). */
export function dataTable(columns: TableColumn[], rows: string[][], emptyText: string | undefined, frame: Frame): Content {
  const widths = columnWidths(columns).map((percent) => (parseFloat(percent) * frame.width) / 100);
  const textWidths = widths.map((width) => width - 2 * CELL_PADDING.x - WRAP_SLACK);
  // pdfmake places column i at the line's start plus the widths before it (data tables have no vertical rules).
  const offsets = widths.map((_, i) => widths.slice(0, i).reduce((sum, width) => sum + width, 0));
  return styledTable(columns, bodyRows(rows, textWidths, offsets), emptyText ?? 'No entries.');
}

/**
 * A data table of prepared cells; its header row repeats on every page it spans. `keepRowsWhole` moves a row
 * that does not fit to the next page whole, for tables whose rows are always far shorter than a page (pdfmake
 * cannot place a row taller than a page whole).
 */
export function styledTable(columns: TableColumn[], cells: TableCell[][], emptyText: string, keepRowsWhole = false): Content {
  const header: TableCell[] = columns.map((column) => ({ text: printable(column.header), style: 'tableHeader' }));
  const body = cells.length > 0 ? cells : [emptyRow(emptyText, columns.length)];
  return {
    table: { headerRows: 1, dontBreakRows: keepRowsWhole, widths: columnWidths(columns), body: [header, ...body] },
    layout: DATA_TABLE_LAYOUT,
    margin: [0, 2, 0, 12],
  };
}

/** Two columns, label and value, for facts such as the cover's identification block. */
export function keyValueTable(rows: [string, string][], keyWidth = KEY_PERCENT): Content {
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

function emptyRow(text: string, width: number): TableCell[] {
  const filler: TableCell[] = Array.from({ length: width - 1 }, () => ({ text: '' }));
  return [{ text, style: 'emptyCell', colSpan: width }, ...filler];
}

/**
 * A diagram as SVG, which pdfmake draws as vector paths and real text, scaled to fit the page: never
 * wider than the line, never taller than most of a page (room is left for the heading above it).
 */
function diagramBlock(layout: DiagramLayout, description: string, frame: Frame): Content {
  // Shrink to fit, but never enlarge: a small diagram keeps the text size it was laid out with.
  const scale = Math.min(1, frame.width / layout.width, (frame.height * 0.8) / layout.height);
  return {
    stack: [
      { svg: diagramSvg(layout), width: layout.width * scale, height: layout.height * scale },
      { text: printable(description), style: 'paragraph', fontSize: 8, margin: [0, 4, 0, 10] },
    ],
  };
}
