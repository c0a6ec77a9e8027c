import PDFDocument from 'pdfkit';
import { robotoFiles } from './fonts';
import type { Measure } from './line-wrap';

/** Per-character advance widths at 1 pt in the cell font, measured once per thread. */
let advances: { doc: PDFKit.PDFDocument; widths: Map<string, number> } | null = null;

/**
 * Widths of text in the table cell font (regular Roboto), from pdfkit with the very font file pdfmake
 * embeds. A text's width is the sum of its characters' advances: shaping every distinct word again (as
 * pdfmake does anyway) would double the most expensive step of the export. Kerning, which that sum leaves
 * out, only narrows Latin text by a fraction of a point per line; callers keep that much slack.
 */
export function cellMeasure(fontSize: number): Measure {
  if (!advances) {
    const doc = new PDFDocument({ autoFirstPage: false });
    doc.registerFont('cell', robotoFiles().normal);
    doc.font('cell').fontSize(1);
    advances = { doc, widths: new Map() };
  }
  const { doc, widths } = advances;
  const advance = (char: string) => {
    let width = widths.get(char);
    if (width === undefined) {
      width = doc.widthOfString(char);
      widths.set(char, width);
    }
    return width;
  };
  return (text) => {
    let width = 0;
    for (const char of text) width += advance(char);
    return width * fontSize;
  };
}
