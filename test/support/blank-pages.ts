import { execFileSync } from 'node:child_process';
import { PAGE_MARGINS } from '../../electron/core/pdf/theme';

/** A4's long side in points: the running lines sit in the page margins above and below it. */
const A4_LONG_SIDE = 841.89;
const A4_SHORT_SIDE = 595.28;
/** A grey level below this (0 black … 255 white) is ink. */
const INK = 200;
/**
 * A page whose own text is fewer words than this is as good as blank to a reader: the tail of a table row
 * ("trend.") under a repeated table header, or a stray word, is a page turned for nothing.
 */
const MIN_OWN_WORDS = 3;

const normalised = (line: string) => line.trim().replace(/\s+/g, ' ');

/** Each page's text lines other than its running header (first line) and footer (last line): one pdftotext run, pages split at form feeds. */
function bodyTextByPage(file: string): string[][] {
  const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  return pages.map((page) =>
    page
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(1, -1)
      .map(normalised),
  );
}

/** Whether anything is drawn between the page margins that hold the running lines (a diagram, a rule, a filled box), at 20 dpi. */
function bodyHasInk(file: string, page: number): boolean {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '20', '-f', String(page), '-l', String(page), file]);
  // Binary PGM: "P5\n<width> <height>\n255\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error(`pdftoppm gave no PGM for page ${page} of ${file}`);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  const pointHeight = height > width ? A4_LONG_SIDE : A4_SHORT_SIDE;
  const [top, bottom] = [Math.ceil((height * PAGE_MARGINS[1]) / pointHeight), Math.floor(height * (1 - PAGE_MARGINS[3] / pointHeight))];
  for (let y = top; y < bottom; y += 1) {
    for (let x = 0; x < width; x += 1) if ((pixels[y * width + x] ?? 255) < INK) return true;
  }
  return false;
}

/**
 * The pages of a PDF a reader turns for nothing: nothing on them but the running header and footer (no text,
 * no drawing), or fewer than MIN_OWN_WORDS words of their own besides lines repeated from the page before
 * (a table's header row repeats on every page the table spans).
 */
export function blankPages(file: string): number[] {
  const pages = bodyTextByPage(file);
  return pages.flatMap((lines, i) => {
    if (lines.length === 0) return bodyHasInk(file, i + 1) ? [] : [i + 1];
    const repeated = new Set(pages[i - 1] ?? []);
    const ownWords = lines.filter((line) => !repeated.has(line)).flatMap((line) => line.split(' '));
    return ownWords.length < MIN_OWN_WORDS ? [i + 1] : [];
  });
}
