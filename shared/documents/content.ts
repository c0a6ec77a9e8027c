import type { DiagramLayout } from '../architecture/diagram-types';

/**
 * What a controlled document says, computed from the project's records. The SHA-256 of its canonical
 * JSON is what signatures bind to (21 CFR 11.70): the PDF is a rendering of this, never a separate copy.
 */
export interface DocumentContent {
  /** Human document ID, e.g. `PROJECT-SUMMARY`, `AUDIT-2026-Q3`, later `SRS`, `SDP`. */
  docKey: string;
  title: string;
  /** Wide tables read better across the page. */
  orientation: 'portrait' | 'landscape';
  /** One or two sentences: what the document is for and what it covers. */
  purpose: string;
  sections: ContentSection[];
  /** The records the document covers, for drift detection and change summaries. */
  records: RecordRef[];
}

export interface ContentSection {
  heading: string;
  blocks: Block[];
  subsections?: ContentSection[];
}

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'keyValue'; rows: [string, string][] }
  | { kind: 'table'; columns: TableColumn[]; rows: string[][]; emptyText?: string }
  /** A laid-out diagram, drawn as vector graphics scaled to fit the page; `description` is its text alternative. */
  | { kind: 'diagram'; layout: DiagramLayout; description: string };

export interface TableColumn {
  header: string;
  /** Relative width; columns without one share the rest. */
  width?: number;
}

/** A record inside a document: its stable key, what it is, a label for people, and a digest of its data. */
export interface RecordRef {
  key: string;
  kind: string;
  label: string;
  digest: string;
}

/** What changed in the covered records between two versions of a document. */
export interface ChangeSummary {
  added: Pick<RecordRef, 'key' | 'kind' | 'label'>[];
  changed: Pick<RecordRef, 'key' | 'kind' | 'label'>[];
  removed: Pick<RecordRef, 'key' | 'kind' | 'label'>[];
}

/** Compares the records of two contents by key and digest. Pure, so both sides can show it. */
export function summariseChanges(before: RecordRef[], after: RecordRef[]): ChangeSummary {
  const strip = ({ key, kind, label }: RecordRef) => ({ key, kind, label });
  const old = new Map(before.map((r) => [r.key, r]));
  const now = new Map(after.map((r) => [r.key, r]));
  return {
    added: after.filter((r) => !old.has(r.key)).map(strip),
    changed: after.filter((r) => old.has(r.key) && old.get(r.key)?.digest !== r.digest).map(strip),
    removed: before.filter((r) => !now.has(r.key)).map(strip),
  };
}

export function isEmptyChange(summary: ChangeSummary): boolean {
  return summary.added.length + summary.changed.length + summary.removed.length === 0;
}
