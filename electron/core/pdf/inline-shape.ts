import { createRequire } from 'node:module';
import { CELL_LINE, PAINTED_LINE, PAINTED_ROW } from './table-rows';

type Inline = Record<string, unknown>;
type GetBreaks = (this: unknown, texts: unknown, styleContextStack: unknown) => Inline[];

// pdfmake's text breaker is not part of its typed API; it is loaded as a plain module.
const require = createRequire(import.meta.url);
const breaker = (require('pdfmake/js/TextBreaker') as { default: { prototype: { getBreaks: GetBreaks } } }).default.prototype;

/** Every key a pre-broken table line's inline can carry: its own style, the breaker's flags, what measuring and placing add. */
const KNOWN_KEYS = new Set([
  ...Object.keys(CELL_LINE),
  'text',
  'lineEnd',
  'noNewLine',
  PAINTED_ROW,
  PAINTED_LINE,
  'decorationColor',
  'decorationStyle',
  'decorationThickness',
  'width',
  'height',
  'leadingCut',
  'trailingCut',
  'x',
  'justifyShift',
  '_pageNodeRef',
]);

/**
 * The inline with every key it will ever hold laid out at once, in one object literal. pdfmake builds an
 * inline by copying style keys onto an empty object one by one, and past a dozen or so V8 stores such an
 * object as a hash table: about 1.5 KB per inline, one per line of every table row, all kept until the
 * document is drawn. In this fixed shape it takes a fifth of that. Values are the same; keys the inline
 * did not have are undefined, which pdfmake reads as absent.
 */
function compact(inline: Inline): Inline {
  return {
    text: inline.text,
    lineEnd: inline.lineEnd,
    noNewLine: inline.noNewLine,
    font: inline.font,
    bold: inline.bold,
    italics: inline.italics,
    alignment: inline.alignment,
    fontSize: inline.fontSize,
    lineHeight: inline.lineHeight,
    color: inline.color,
    characterSpacing: inline.characterSpacing,
    opacity: inline.opacity,
    noWrap: inline.noWrap,
    wordBreak: inline.wordBreak,
    leadingIndent: inline.leadingIndent,
    preserveLeadingSpaces: inline.preserveLeadingSpaces,
    preserveTrailingSpaces: inline.preserveTrailingSpaces,
    sup: inline.sup,
    sub: inline.sub,
    fontFeatures: inline.fontFeatures,
    decoration: inline.decoration,
    decorationColor: inline.decorationColor,
    decorationStyle: inline.decorationStyle,
    decorationThickness: inline.decorationThickness,
    background: inline.background,
    link: inline.link,
    linkToPage: inline.linkToPage,
    linkToDestination: inline.linkToDestination,
    width: inline.width,
    height: inline.height,
    leadingCut: inline.leadingCut,
    trailingCut: inline.trailingCut,
    x: inline.x,
    justifyShift: inline.justifyShift,
    _pageNodeRef: inline._pageNodeRef,
    [PAINTED_ROW]: inline[PAINTED_ROW],
    [PAINTED_LINE]: inline[PAINTED_LINE],
  };
}

let installed = false;

/**
 * Teaches pdfmake's text breaker to number the lines of painted rows (table-rows.ts) and to hand over the
 * inlines of pre-broken table lines in a compact shape. Inlines with any other key (headings, paragraphs
 * with their own style) keep pdfmake's own shape.
 * Installed once per thread.
 */
export function installInlineShape(): void {
  if (installed) return;
  installed = true;
  const getBreaks = breaker.getBreaks;
  breaker.getBreaks = function compactBreaks(this: unknown, texts, styleContextStack) {
    const inlines = getBreaks.call(this, texts, styleContextStack);
    // A painted row is one text node, so all its lines come through one call, in order: line n is the
    // n-th inline of its row.
    const lineOf = new Map<unknown, number>();
    return inlines.map((inline) => {
      const row = inline[PAINTED_ROW];
      if (row) {
        const n = lineOf.get(row) ?? 0;
        lineOf.set(row, n + 1);
        inline[PAINTED_LINE] = n;
      }
      return Object.keys(inline).every((key) => KNOWN_KEYS.has(key)) ? compact(inline) : inline;
    });
  };
}
