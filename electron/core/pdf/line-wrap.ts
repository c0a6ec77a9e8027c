/**
 * Greedy line breaking for table cells, done before pdfmake sees the text.
 *
 * Why: pdfmake turns every word into its own inline and draws each with its own text operation (colour,
 * opacity, font, position), and that per-word pipeline is where a long table's export time goes (the
 * 2,000-chain risk analysis spent about three quarters of it there). A cell handed over as whole lines,
 * each marked noWrap, costs one inline per line instead. The breaks are the ones pdfmake would choose:
 * fill a line while the next word fits, break a word longer than the line between characters.
 */
export type Measure = (text: string) => number;

/** Splits a word wider than the line into pieces that each fit. */
function breakLongWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  return [...pieces, piece];
}

/**
 * The lines a text takes in a column `width` points wide; explicit newlines always break. Lines are
 * filled to `width`, which keeps some slack for the kerning the measure leaves out; a single word is cut
 * between characters only when it is wider than `breakWidth` (the column itself), so a number or ID that
 * fits its column is never split for the sake of that slack.
 */
export function wrapLines(text: string, width: number, measure: Measure, breakWidth = width): string[] {
  const space = measure(' ');
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    let started = false;
    for (const word of paragraph.split(' ')) {
      const pieces = measure(word) > breakWidth ? breakLongWord(word, breakWidth, measure) : [word];
      for (const piece of pieces) {
        const pieceWidth = measure(piece);
        if (started && used + space + pieceWidth <= width) {
          line += ` ${piece}`;
          used += space + pieceWidth;
          continue;
        }
        if (started) lines.push(line);
        line = piece;
        used = pieceWidth;
        started = true;
      }
    }
    lines.push(line);
  }
  return lines;
}
