import type { ContentText, TableCell } from 'pdfmake/interfaces';
import { cellMeasure } from './cell-measure';
import { printable } from './format';
import { wrapLines } from './line-wrap';
import { DEFAULT_STYLE, STYLES } from './theme';

/**
 * Every style property pdfmake asks of an inline, resolved once for a data table cell's line. pdfmake
 * looks each one up through the style stack for every inline unless the inline carries it, and on a long
 * table those lookups were a quarter of the export's time. Values are what the stack gives a `tableCell`
 * (see theme.ts); `false` stands for "none" where pdfmake only tests the value for truth. `link` stays
 * unset: pdfkit reads any non-null link as a URL.
 */
export const CELL_LINE = {
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

/** Points kept free on every pre-broken line, so rounding can never push a line past its cell. */
export const WRAP_SLACK = 1;

/**
 * Rows of at most this many lines are never split across pages: a row's last line alone under the repeated
 * header made a page that held one word ("trend."). Twelve lines of a table cell take about 140 pt, under a
 * third of a landscape page's body, so moving such a row whole leaves little space behind. A taller row still
 * continues on the next page (pdfmake cannot place a block taller than a page whole).
 */
export const ROW_LINES_KEPT_WHOLE = 12;

/** A body row drawn by the row painter (row-painter.ts) rather than laid out word by word by pdfmake. */
export interface PaintedRow {
  /** Each column's text origin relative to the first column's, shared by the rows of one table. */
  offsets: number[];
  /** Each column's lines, already broken to fit it. */
  lines: string[][];
}

/**
 * The properties of a placeholder inline that say which row and which of its lines it stands for. The
 * line number is given by the text breaker (inline-shape.ts), which sees a row's line ends one by one.
 */
export const PAINTED_ROW = 'cairnPaintedRow';
export const PAINTED_LINE = 'cairnPaintedLine';

/**
 * The body rows of a data table. Each row is one cell spanning the columns that holds one empty line
 * per line of the row's tallest cell: pdfmake places those lines (a row too tall to keep whole continues
 * on the next page, below the repeated header, exactly where it would split the row's cells), fills and
 * rules the row, and the row painter draws line n of every column where pdfmake put line n. Laying out
 * every word of every cell, as pdfmake would, was most of a long table's time and memory.
 */
export function bodyRows(rows: string[][], textWidths: number[], offsets: number[]): TableCell[][] {
  const measure = cellMeasure(CELL_LINE.fontSize);
  return rows.map((row) => {
    // Pads or trims the row to the column count: a short row must not shift or break the table.
    const lines = textWidths.map((width, i) => wrapLines(printable(row[i] ?? ''), width, measure, width + WRAP_SLACK));
    const painted: PaintedRow = { offsets, lines };
    const count = Math.max(...lines.map((cell) => cell.length));
    // One empty line per line of the row: pdfmake's breaker makes an empty line end of every newline of
    // the first text, and the last line of the second. Two texts per row however tall it is, where a text
    // per line and a break between each pair cost a laid-out inline of about 300 bytes apiece. (A
    // `lineEnd` flag on empty lines instead does not hold: pdfmake glues lines whose words read as one.)
    const lastLine = { ...CELL_LINE, text: '', [PAINTED_ROW]: painted };
    const text = count > 1 ? [{ ...CELL_LINE, noWrap: false, text: '\n'.repeat(count - 1), [PAINTED_ROW]: painted }, lastLine] : [lastLine];
    // pdfmake's typings do not list `false` for the "none" properties its code reads as plain truth values.
    return [
      { text: text as unknown as ContentText['text'], colSpan: textWidths.length, unbreakable: count <= ROW_LINES_KEPT_WHOLE },
      ...Array.from({ length: textWidths.length - 1 }, (): TableCell => ({})),
    ];
  });
}
