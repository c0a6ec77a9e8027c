import { hyphenationCut } from '../../../shared/documents/hyphenation';

/**
 * Greedy line breaking for table cells, done before pdfmake sees the text.
 *
 * Why: pdfmake turns every word into its own inline and draws each with its own text operation (colour,
 * opacity, font, position), and that per-word pipeline is where a long table's export time goes (the
 * 2,000-chain risk analysis spent about three quarters of it there). A cell handed over as whole lines,
 * each marked noWrap, costs one inline per line instead. The breaks:
 * fill a line while the next word fits; a word longer than the line breaks at its own break characters
 * (slash, hyphen, dot…) or, failing those, between characters, with a hyphen when it is a word of letters.
 */
export type Measure = (text: string) => number;

/** Characters a line may end after inside a long token: a URL, a path, a compound ID or a hyphenated word. */
const BREAK_AFTER = /[-/_.,:;=&?#|\\]/;
const TRAILING_BREAK = new RegExp(`${BREAK_AFTER.source}$`);

/** The token cut after each of its break characters: "a/b-c" → ["a/", "b-", "c"]. */
function segmentsOf(token: string): string[] {
  const segments: string[] = [];
  let segment = '';
  for (const char of token) {
    segment += char;
    if (BREAK_AFTER.test(char)) {
      segments.push(segment);
      segment = '';
    }
  }
  return segment ? [...segments, segment] : segments;
}

/**
 * Cuts a segment wider than the line between characters. A word made of letters gets a hyphen where it is
 * cut, at a syllable boundary near the line end where there is one (shared/documents/hyphenation.ts), as a
 * reader expects; a hash, number or code does not, since a hyphen there would read as part of it.
 */
function cutSegment(segment: string, width: number, measure: Measure): string[] {
  const hyphen = /^\p{L}{2,}$/u.test(segment.replace(TRAILING_BREAK, '')) ? '-' : '';
  const pieces: string[] = [];
  let rest = [...segment];
  for (;;) {
    let fit = 1;
    while (fit < rest.length && measure(rest.slice(0, fit + 1).join('') + hyphen) <= width) fit += 1;
    if (fit >= rest.length) return [...pieces, rest.join('')];
    const cut = hyphen ? hyphenationCut(rest.join(''), fit) : fit;
    pieces.push(rest.slice(0, cut).join('') + hyphen);
    rest = rest.slice(cut);
  }
}

/**
 * Splits a token wider than the line into pieces that each fit: at its own break characters where it has
 * them (after a slash, hyphen, underscore, dot…), and between characters only for a part still too wide.
 */
export function breakLongWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const segment of segmentsOf(word)) {
    if (measure(piece + segment) <= width) {
      piece += segment;
      continue;
    }
    if (piece) pieces.push(piece);
    piece = '';
    if (measure(segment) <= width) {
      piece = segment;
      continue;
    }
    const cut = cutSegment(segment, width, measure);
    pieces.push(...cut.slice(0, -1));
    piece = cut.at(-1) ?? '';
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
