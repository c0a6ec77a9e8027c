import { createRequire } from 'node:module';
import { PAINTED_LINE, PAINTED_ROW, type PaintedRow } from './table-rows';

/**
 * The parts of a laid-out pdfmake inline that its renderer reads for plain text; every other property
 * it tests (links, decoration, background, sub/superscript) is absent, which it reads as "none".
 */
interface LaidOutInline {
  text: string;
  font: unknown;
  fontSize: number;
  color: string;
  opacity: number;
  characterSpacing: number;
  height: number;
  /** Only read for links and decorations, which painted text never has. */
  width: number;
  [PAINTED_ROW]?: PaintedRow;
  [PAINTED_LINE]?: number;
}

/** A laid-out pdfmake line: its inlines, drawn at (x, y) by the renderer. */
interface LaidOutLine {
  inlines: LaidOutInline[];
  addInline(inline: LaidOutInline): void;
}

type RenderLine = (this: unknown, line: LaidOutLine, x: number, y: number) => void;

// pdfmake's renderer and line classes are not part of its typed API; they are loaded as plain modules.
const require = createRequire(import.meta.url);
const renderer = (require('pdfmake/js/Renderer') as { default: { prototype: { renderLine: RenderLine } } }).default.prototype;
const Line = (require('pdfmake/js/Line') as { default: new (maxWidth: number) => LaidOutLine }).default;

let installed = false;

/**
 * Teaches pdfmake's renderer to draw painted rows (table-rows.ts). pdfmake lays out line n of a painted
 * row as an empty line; when that line is drawn, the painter draws line n of every column beside it,
 * through the renderer's own line drawing, so the text comes out exactly as laid-out cells would draw it.
 * Lines of other content pass through untouched. Installed once per thread.
 */
export function installRowPainter(): void {
  if (installed) return;
  installed = true;
  const drawLine = renderer.renderLine;
  renderer.renderLine = function paintRows(this: unknown, line, x, y) {
    drawLine.call(this, line, x, y);
    const placeholder = line.inlines[0];
    const painted = placeholder?.[PAINTED_ROW];
    const n = placeholder?.[PAINTED_LINE] ?? 0;
    if (!placeholder || !painted) return;
    const { font, fontSize, color, opacity, characterSpacing, height } = placeholder;
    painted.lines.forEach((lines, column) => {
      const text = lines[n];
      if (!text) return;
      const drawn = new Line(Infinity);
      drawn.addInline({ text, font, fontSize, color, opacity, characterSpacing, height, width: 0 });
      drawLine.call(this, drawn, x + (painted.offsets[column] ?? 0), y);
    });
  };
}
