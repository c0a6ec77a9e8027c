import { STATE_LABELS, type DocumentControl } from '../../../shared/documents/control';

/** "SRS v3": how every page and table names a document version. */
export function versionedId(control: Pick<DocumentControl, 'docKey' | 'version'>): string {
  return `${control.docKey} v${control.version}`;
}

/** ISO-8601 instant → "2026-11-25 08:15:49 UTC"; Part 11 wants the time zone stated. */
export function formatUtc(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** ISO-8601 → "2026-11-25" (UTC calendar date), for issue and revision dates. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().slice(0, 10);
}

/** First and last hex digits of a digest: enough to compare by eye, short enough for a table cell. */
export function shortSha(hex: string): string {
  return hex.length <= 20 ? hex : `${hex.slice(0, 12)}…${hex.slice(-6)}`;
}

export function stateLabel(control: Pick<DocumentControl, 'state'>): string {
  return STATE_LABELS[control.state];
}

/** "Approved" from "approved": signature meanings as a reader expects them. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Roboto, the one embedded family, has no arrows; records use them (audit changes read "before → after").
 * These stand-ins keep the meaning instead of printing an empty box.
 */
const MISSING_GLYPHS: Record<string, string> = { '→': '->', '←': '<-', '⇒': '=>', '↔': '<->' };
const MISSING_GLYPH_PATTERN = new RegExp(`[${Object.keys(MISSING_GLYPHS).join('')}]`, 'gu');

/** Text as the embedded font can draw it. */
export function printable(text: string): string {
  return text.replace(MISSING_GLYPH_PATTERN, (glyph) => MISSING_GLYPHS[glyph] ?? glyph);
}
