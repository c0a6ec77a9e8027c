import type { Content, ContentText, TableCell } from 'pdfmake/interfaces';
import type { Block, TableColumn } from '../../../shared/documents/content';
import { diagramSvg } from '../../../shared/architecture/diagram-svg';
import type { DiagramLayout } from '../../../shared/architecture/diagram-types';
import { cellMeasure } from './cell-measure';
import { printable } from './format';
import { wrapLines } from './line-wrap';
import { CELL_PADDING, COLOURS, DATA_TABLE_LAYOUT, DEFAULT_STYLE, KEY_VALUE_LAYOUT, STYLES } from './theme';

/** Where a block is laid out: the writable width and height of the page it sits on. */
export interface Frame {
  width: number;
  height: number;
}

/** One content block as pdfmake content. Long words are hard-wrapped by pdfmake 0.3, so cells never overflow. */
export function renderBlock(block: Block, frame: Frame): Content {
  switch (block.kind) {
    case 'paragraph':
      return { text: printable(block.text), style: 'paragraph' };
    case 'list':
      return { ul: block.items.map(printable), margin: [4, 0, 0, 8], markerColor: COLOURS.faint };
    case 'keyValue':
      return keyValueTable(block.rows);
    case 'table':
      return dataTable(block.columns, block.rows, block.emptyText, frame.width);
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

/** A data table of plain text cells, each already broken into the lines its column gives it (see line-wrap.ts). */
export function dataTable(columns: TableColumn[], rows: string[][], emptyText: string | undefined, lineWidth: number): Content {
  const textWidths = columnWidths(columns).map((percent) => (parseFloat(percent) * lineWidth) / 100 - 2 * CELL_PADDING.x - WRAP_SLACK);
  return styledTable(columns, rows.map((row) => bodyRow(row, textWidths)), emptyText ?? 'No entries.');
}

/** Points kept free on every pre-broken line, so rounding can never push a line past its cell. */
const WRAP_SLACK = 1;

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

/**
 * Every style property pdfmake asks of an inline, resolved once for a data table cell's line. pdfmake
 * looks each one up through the style stack for every inline unless the inline carries it, and on a long
 * table those lookups were a quarter of the export's time. Values are what the stack gives a `tableCell`
 * (see theme.ts); `false` stands for "none" where pdfmake only tests the value for truth. `link` stays
 * unset: pdfkit reads any non-null link as a URL.
 */
const CELL_LINE = {
  font: DEFAULT_STYLE.font,
  bold: false,
  italics: false,
  alignment: 'left',
  fontSize: STYLES.tableCell?.fontSize ?? 8.5,
  lineHeight: STYLES.tableCell?.lineHeight ?? 1.15,
  color: DEFAULT_STYLE.color,
  characterSpacing: 0,
  opacity: 1,
  noWrap: true,
  wordBreak: 'normal',
  leadingIndent: 0,
  preserveLeadingSpaces: false,
  preserveTrailingSpaces: false,
  sup: false,
  sub: false,
  fontFeatures: false,
  decoration: false,
  background: false,
  linkToPage: false,
  linkToDestination: false,
} as const;

/** The break between two lines of a cell: pdfmake's text breaker turns it into an empty line end. */
const LINE_BREAK = { ...CELL_LINE, noWrap: false, text: '\n' };

/** Pads or trims a row to the column count: a short row must not shift or break the table. */
function bodyRow(row: string[], textWidths: number[]): TableCell[] {
  const measure = cellMeasure(CELL_LINE.fontSize);
  return textWidths.map((width, i): TableCell => {
    const lines = wrapLines(printable(row[i] ?? ''), width, measure, width + WRAP_SLACK);
    // One noWrap inline per line, with explicit breaks between them: pdfmake then draws a line at a time.
    // (A `lineEnd` flag on the line instead of the break does not hold: pdfmake glues two lines whose
    // last and first words read as one word.)
    const text = lines.flatMap((line, n) => (n === 0 ? [{ ...CELL_LINE, text: line }] : [LINE_BREAK, { ...CELL_LINE, text: line }]));
    // pdfmake's typings do not list `false` for the "none" properties its code reads as plain truth values.
    return { text: text as unknown as ContentText['text'], style: 'tableCell' };
  });
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
