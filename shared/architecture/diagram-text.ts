/**
 * Text sizes of the diagram and a width estimate for them. The layout runs where no font can be measured
 * (the core, the renderer, the PDF worker), so it uses a generous average glyph width: labels may end a
 * little short of their box's edge, never past it.
 */
export const DIAGRAM_TEXT = {
  caption: 8,
  name: 9,
  lineHeight: 11,
  /** Average advance of a glyph as a share of the font size, on the wide side for Roboto. */
  glyphRatio: 0.56,
} as const;

export function textWidth(text: string, size: number): number {
  return Array.from(text).length * size * DIAGRAM_TEXT.glyphRatio;
}

/** Splits a name into at most `maxLines` lines no wider than `width`; the last line ends with "…" when text was left out. */
export function wrapText(text: string, width: number, size: number, maxLines: number): string[] {
  const maxChars = Math.max(4, Math.floor(width / (size * DIAGRAM_TEXT.glyphRatio)));
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const parts = Array.from(word).length > maxChars ? chop(word, maxChars) : [word];
    for (const part of parts) {
      const joined = current ? `${current} ${part}` : part;
      if (Array.from(joined).length <= maxChars) current = joined;
      else {
        lines.push(current);
        current = part;
      }
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines.length ? lines : [''];
  const kept = lines.slice(0, maxLines);
  const last = Array.from(kept[maxLines - 1] ?? '');
  kept[maxLines - 1] = `${last.slice(0, Math.max(1, maxChars - 1)).join('')}…`;
  return kept;
}

function chop(word: string, size: number): string[] {
  const glyphs = Array.from(word);
  const parts: string[] = [];
  for (let i = 0; i < glyphs.length; i += size) parts.push(glyphs.slice(i, i + size).join(''));
  return parts;
}

/** Height of the band at a box's top holding its caption and name lines (the whole text of a leaf). */
export function headerHeight(lineCount: number): number {
  return 6 + DIAGRAM_TEXT.caption + 3 + lineCount * DIAGRAM_TEXT.lineHeight + 4;
}
