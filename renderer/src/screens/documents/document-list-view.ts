import type { DocumentListItem } from '../../../../shared/api/documents-types';
import { STATE_LABELS, type DocumentState } from '../../../../shared/documents/control';

export type DocumentSortColumn = 'docKey' | 'title' | 'version' | 'state' | 'authorName' | 'lastChange';

export interface DocumentSort {
  column: DocumentSortColumn;
  dir: 'asc' | 'desc';
}

/** "changed" is not a state but what people look for next to the states: approved documents gone stale. */
export type StateFilter = DocumentState | 'changed' | '';

export interface DocumentFilter {
  text: string;
  state: StateFilter;
}

export const EMPTY_DOCUMENT_FILTER: DocumentFilter = { text: '', state: '' };
export const DEFAULT_DOCUMENT_SORT: DocumentSort = { column: 'docKey', dir: 'asc' };

/** Workflow order, so sorting by state reads draft → in review → approved → obsolete. */
const STATE_ORDER: Record<DocumentState, number> = { draft: 0, in_review: 1, approved: 2, obsolete: 3 };

function matches(item: DocumentListItem, filter: DocumentFilter): boolean {
  if (filter.state === 'changed' && !item.changedSinceApproved) return false;
  if (filter.state && filter.state !== 'changed' && item.state !== filter.state) return false;
  const text = filter.text.trim().toLowerCase();
  if (!text) return true;
  const haystack = [item.docKey, item.title, item.authorName, STATE_LABELS[item.state], ...item.approvals.map((a) => a.name)];
  return haystack.some((value) => value.toLowerCase().includes(text));
}

function compare(a: DocumentListItem, b: DocumentListItem, column: DocumentSortColumn): number {
  switch (column) {
    case 'version':
      return a.version - b.version;
    case 'state':
      return STATE_ORDER[a.state] - STATE_ORDER[b.state];
    default:
      return a[column].localeCompare(b[column]);
  }
}

/** The list as shown: filtered, then sorted; ties fall back to the document ID so the order is stable. */
export function visibleDocuments(items: readonly DocumentListItem[], filter: DocumentFilter, sort: DocumentSort): DocumentListItem[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return items.filter((item) => matches(item, filter)).sort((a, b) => sign * compare(a, b, sort.column) || a.docKey.localeCompare(b.docKey));
}

export const MEANING_LABELS: Record<string, string> = { authored: 'Authored', reviewed: 'Reviewed', approved: 'Approved' };
