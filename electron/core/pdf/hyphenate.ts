import { cellMeasure } from './cell-measure';
import { breakLongWord } from './line-wrap';

/** Points kept free on each line for the kerning the character-sum measure leaves out (as table-rows.ts keeps). */
const KERNING_SLACK = 1;

/**
 * Text that pdfmake wraps itself (paragraphs, list items, key–value values) is broken at spaces, but a word
 * wider than the whole line is cut wherever the line is full, with no hyphen: "acceptabil" / "ity". Such a
 * word is cut here first, as table cells are (line-wrap.ts): after its own slashes, hyphens or dots, else
 * between letters with a hyphen (a hash or code gets none, since a hyphen would read as part of it). Each
 * piece but the last fills a line, so the forced line end after it falls where pdfmake would have cut anyway.
 * Words that fit a line are left to pdfmake.
 */
export function hyphenateOverlongWords(text: string, width: number, fontSize: number): string {
  const measure = cellMeasure(fontSize);
  const room = width - KERNING_SLACK;
  return text.replace(/\S+/g, (word) => (measure(word) <= room ? word : breakLongWord(word, room, measure).join('\n')));
}
