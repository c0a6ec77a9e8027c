import type { CustomTableLayout, StyleDictionary } from 'pdfmake/interfaces';
import { FONT_FAMILY } from './fonts';

/**
 * The visual language of every Cairn PDF: one family, a small type scale, grey rules, no colour except
 * where a reader must not miss something (state banners).
 */
export const COLOURS = {
  ink: '#1d2125',
  muted: '#5b636b',
  faint: '#8a9199',
  rule: '#c9ced3',
  hairline: '#e1e4e8',
  headerFill: '#eef0f2',
  zebra: '#f7f8f9',
  accent: '#23405f',
} as const;

/** Banner palettes: amber for "not yet approved", red for "signatures no longer match", grey for obsolete. */
export const BANNER_COLOURS = {
  caution: { fill: '#fdf3e1', border: '#b7791f', text: '#7a4d0b' },
  danger: { fill: '#fbe9e7', border: '#b3261e', text: '#8c1d18' },
  neutral: { fill: '#eef0f2', border: '#6b737b', text: '#3c434a' },
} as const;

/** Left, top, right, bottom in pt: about 20 mm at the sides, room above and below for the running lines. */
export const PAGE_MARGINS: [number, number, number, number] = [57, 68, 57, 62];

export const STYLES: StyleDictionary = {
  coverOrganisation: { fontSize: 10, color: COLOURS.muted, characterSpacing: 1.2, bold: true },
  coverDocId: { fontSize: 12, color: COLOURS.accent, bold: true, margin: [0, 110, 0, 6] },
  coverTitle: { fontSize: 26, bold: true, color: COLOURS.ink, lineHeight: 1.1, margin: [0, 0, 0, 6] },
  coverSubtitle: { fontSize: 12, color: COLOURS.muted, margin: [0, 0, 0, 26] },
  frontHeading: { fontSize: 15, bold: true, color: COLOURS.ink, margin: [0, 0, 0, 10] },
  h1: { fontSize: 15, bold: true, color: COLOURS.ink, margin: [0, 16, 0, 8] },
  h2: { fontSize: 12, bold: true, color: COLOURS.ink, margin: [0, 12, 0, 6] },
  h3: { fontSize: 10.5, bold: true, color: COLOURS.ink, margin: [0, 10, 0, 4] },
  paragraph: { margin: [0, 0, 0, 8] },
  note: { fontSize: 8.5, color: COLOURS.muted, lineHeight: 1.3 },
  tableHeader: { fontSize: 8, bold: true, color: COLOURS.muted },
  tableCell: { fontSize: 8.5, lineHeight: 1.15 },
  keyCell: { fontSize: 9, color: COLOURS.muted },
  valueCell: { fontSize: 9 },
  emptyCell: { fontSize: 8.5, italics: true, color: COLOURS.faint },
  runningLine: { fontSize: 7.5, color: COLOURS.muted },
  tocTitle: { fontSize: 15, bold: true, color: COLOURS.ink, margin: [0, 0, 0, 12] },
  toc1: { fontSize: 10, bold: true },
  toc2: { fontSize: 9.5 },
  toc3: { fontSize: 9, color: COLOURS.muted },
};

export const DEFAULT_STYLE = { font: FONT_FAMILY, fontSize: 9.5, lineHeight: 1.25, color: COLOURS.ink } as const;

/** Space inside every table cell, in pt; data tables have no vertical rules, so a cell's text is its column less both sides. */
export const CELL_PADDING = { x: 5, y: 3.5 } as const;

const cellPadding = { paddingLeft: () => CELL_PADDING.x, paddingRight: () => CELL_PADDING.x, paddingTop: () => CELL_PADDING.y, paddingBottom: () => CELL_PADDING.y };

/** Data tables: a tinted header row, hairlines between rows, zebra fill, no vertical rules. */
export const DATA_TABLE_LAYOUT: CustomTableLayout = {
  ...cellPadding,
  hLineWidth: (i, node) => (i === 0 || i === 1 || i === node.table.body.length ? 0.6 : 0.3),
  hLineColor: (i, node) => (i === 0 || i === 1 || i === node.table.body.length ? COLOURS.rule : COLOURS.hairline),
  vLineWidth: () => 0,
  fillColor: (row) => (row === 0 ? COLOURS.headerFill : row % 2 === 0 ? COLOURS.zebra : null),
};

/** Key/value tables: no header, a hairline under each pair. */
export const KEY_VALUE_LAYOUT: CustomTableLayout = {
  ...cellPadding,
  paddingLeft: (i) => (i === 0 ? 0 : 6),
  hLineWidth: (i) => (i === 0 ? 0 : 0.3),
  hLineColor: () => COLOURS.rule,
  vLineWidth: () => 0,
};
