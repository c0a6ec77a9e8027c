import type { ReactNode } from 'react';
import { naturalKey } from '../grid/natural-key';
import type { DataColumn } from './DataTable';

/** Only reached through the overload below that requires rows with a human ID. */
const humanIdOf = (row: unknown): string => (row as { humanId: string }).humanId;

/** The "ID" column of a record list: the ID (by default the human ID) names the row (a row header, read out with each cell) and sorts REQ-2 before REQ-10. */
export function idColumn<T extends { humanId: string }>(): DataColumn<T>;
export function idColumn<T>(idOf: (row: T) => string): DataColumn<T>;
export function idColumn<T>(idOf?: (row: T) => string): DataColumn<T> {
  const text = idOf ?? humanIdOf;
  return { id: 'id', header: 'ID', rowHeader: true, cell: (r) => text(r), sortValue: (r) => naturalKey(text(r)) };
}

interface SelectableColumn<T> {
  id: string;
  header: string;
  /** What the link button reads; the column sorts by it, ignoring case. */
  text: (row: T) => string;
  /** The record whose detail is open beside the list ('new' while one is being added). */
  selectedId: number | 'new' | null;
  select: (id: number) => void;
  /** Quiet words after the button, e.g. "retired" or where the record came from. */
  suffix?: (row: T) => ReactNode;
}

/** A column whose cell is the button that opens the row's record beside the list; aria-pressed says which one is open. */
export function selectableColumn<T extends { id: number }>({ id, header, text, selectedId, select, suffix }: SelectableColumn<T>): DataColumn<T> {
  return {
    id,
    header,
    sortValue: (r) => text(r).toLowerCase(),
    cell: (r) => (
      <>
        <button type="button" className="link-button" aria-pressed={r.id === selectedId} onClick={() => select(r.id)}>
          {text(r)}
        </button>
        {suffix?.(r)}
      </>
    ),
  };
}

/** The "Title" column of a record list, as a button that opens the record; see selectableColumn. */
export function selectableTitleColumn<T extends { id: number; title: string }>(
  selectedId: number | 'new' | null,
  select: (id: number) => void,
  suffix?: (row: T) => ReactNode,
): DataColumn<T> {
  return selectableColumn({ id: 'title', header: 'Title', text: (r) => r.title, selectedId, select, suffix });
}
