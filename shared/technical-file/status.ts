import type { DocumentType } from '../api/documents-types';
import type { TechnicalFileElement } from './elements';

/** A Cairn document as the technical file sees it: its kind, ID and the version it would bundle. */
export interface FiledDocument {
  type: DocumentType;
  docKey: string;
  /** The approved version in force, or null when no version is approved yet. */
  approvedVersion: number | null;
}

/** Where an element stands in the file. */
export type ElementStatus =
  /** Held by approved Cairn documents, bundled in the file. */
  | { state: 'present'; documents: { docKey: string; version: number }[] }
  /** Kept outside Cairn; the reference says where. */
  | { state: 'outside'; reference: string }
  /** Neither: `unapproved` names Cairn documents that would hold it once approved. */
  | { state: 'missing'; unapproved: string[] };

export interface ElementRow {
  element: TechnicalFileElement;
  status: ElementStatus;
}

/**
 * Present when an approved Cairn document of one of the element's kinds exists (an approved document is
 * the evidence, so it wins over a reference); otherwise kept outside Cairn when the team recorded where;
 * otherwise missing, naming any Cairn document that holds it but is not approved.
 */
export function elementStatus(element: TechnicalFileElement, documents: readonly FiledDocument[], reference: string | undefined): ElementStatus {
  const holding = documents.filter((d) => element.documents.includes(d.type)).sort((a, b) => a.docKey.localeCompare(b.docKey));
  const approved = holding.flatMap((d) => (d.approvedVersion === null ? [] : [{ docKey: d.docKey, version: d.approvedVersion }]));
  if (approved.length > 0) return { state: 'present', documents: approved };
  if (reference !== undefined && reference.trim() !== '') return { state: 'outside', reference: reference.trim() };
  return { state: 'missing', unapproved: holding.map((d) => d.docKey) };
}

/** Every element with its status, in the file's order. */
export function technicalFileIndex(elements: readonly TechnicalFileElement[], documents: readonly FiledDocument[], references: ReadonlyMap<string, string>): ElementRow[] {
  return elements.map((element) => ({ element, status: elementStatus(element, documents, references.get(element.id)) }));
}

/**
 * The order the approved documents follow in the bundle: each at the first element it holds, then every
 * other approved document in the order given (the QMS part and extracts keep their own order after).
 */
export function bundleOrder<D extends { docKey: string }>(rows: readonly { status: ElementStatus }[], approved: readonly D[]): D[] {
  const byKey = new Map(approved.map((d) => [d.docKey, d]));
  const ordered: D[] = [];
  const take = (key: string) => {
    const doc = byKey.get(key);
    if (doc && !ordered.includes(doc)) ordered.push(doc);
  };
  for (const row of rows) if (row.status.state === 'present') for (const d of row.status.documents) take(d.docKey);
  for (const d of approved) take(d.docKey);
  return ordered;
}

/** What each state is called, on screen and in the printed index. */
export const STATUS_LABELS: Record<ElementStatus['state'], string> = { present: 'Present', outside: 'Kept outside Cairn', missing: 'Missing' };

/** What follows the state's name: the documents and versions, the reference, or what is not approved yet. */
export function statusDetail(status: ElementStatus): string {
  if (status.state === 'present') return status.documents.map((d) => `${d.docKey} v${d.version}`).join(', ');
  if (status.state === 'outside') return status.reference;
  return status.unapproved.length > 0 ? `${status.unapproved.join(', ')} ${status.unapproved.length === 1 ? 'is' : 'are'} not approved` : '';
}

/** The status as one line of the printed table. */
export function statusText(status: ElementStatus): string {
  const detail = statusDetail(status);
  return detail ? `${STATUS_LABELS[status.state]}: ${detail}` : STATUS_LABELS[status.state];
}
