import { describe, expect, it } from 'vitest';
import { cellMeasure } from '../../electron/core/pdf/cell-measure';
import { wrapLines } from '../../electron/core/pdf/line-wrap';

/** Every character 1 pt wide: the breaks can be checked by counting. */
const mono = (text: string) => [...text].length;

describe('pre-breaking table cells into lines', () => {
  it('fills each line while the next word fits and keeps explicit newlines', () => {
    expect(wrapLines('aa bb cc dd', 5, mono)).toEqual(['aa bb', 'cc dd']);
    expect(wrapLines('aa bb cc', 8, mono)).toEqual(['aa bb cc']);
    expect(wrapLines('first\nsecond line', 6, mono)).toEqual(['first', 'second', 'line']);
    expect(wrapLines('', 5, mono)).toEqual(['']);
    expect(wrapLines('a\n\nb', 5, mono)).toEqual(['a', '', 'b']);
  });

  it('breaks a word of letters longer than the line with a hyphen at each cut, continuing the line after it', () => {
    expect(wrapLines('x abcdefghij y', 4, mono)).toEqual(['x', 'abc-', 'def-', 'ghi-', 'j y']);
    expect(wrapLines('Überprüfungsbericht', 8, mono)).toEqual(['Überprü-', 'fungsbe-', 'richt']);
  });

  it('breaks a long token at its own slashes, hyphens and dots before cutting between characters', () => {
    expect(wrapLines('see https://example.com/releases/1.0.0/notes', 20, mono)).toEqual(['see', 'https://example.com/', 'releases/1.0.0/notes']);
    expect(wrapLines('SOUP-LIST-APPENDIX-B', 11, mono)).toEqual(['SOUP-LIST-', 'APPENDIX-B']);
  });

  it('cuts a hash or code between characters without a hyphen, which would read as part of it', () => {
    const sha = '9c3e7d1a4b1f0a8e2d';
    const lines = wrapLines(sha, 8, mono);
    expect(lines).toEqual(['9c3e7d1a', '4b1f0a8e', '2d']);
    expect(lines.join('')).toBe(sha);
  });

  it('never cuts a word that fits the column itself, only the slack kept for kerning (an entry number such as 2008)', () => {
    expect(wrapLines('2008', 3, mono, 4)).toEqual(['2008']);
    expect(wrapLines('12 2008 7', 3, mono, 4)).toEqual(['12', '2008', '7']);
    expect(wrapLines('20081', 3, mono, 4)).toEqual(['2008', '1']);
  });

  it('never gives a line wider than asked in the real cell font', () => {
    const measure = cellMeasure(8.5);
    const text = 'RC-12 Encrypted transport and strong portal sign-in [Protective measure] → REQ-19, REQ-21, REQ-22 Überprüfung';
    for (const width of [40, 60, 100]) for (const line of wrapLines(text, width, measure)) expect(measure(line)).toBeLessThanOrEqual(width);
    expect(measure('WW')).toBeGreaterThan(measure('ii'));
    expect(cellMeasure(17)('abc')).toBeCloseTo(2 * measure('abc'));
  });
});
