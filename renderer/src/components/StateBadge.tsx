import { STATE_LABELS, type DocumentState } from '../../../shared/documents/control';

const STATE_CLASS: Record<DocumentState, string> = {
  draft: 'badge badge-muted',
  in_review: 'badge',
  approved: 'badge badge-success',
  obsolete: 'badge badge-muted badge-struck',
};

/** A document version's state as a calm badge; colour repeats the word, never replaces it. */
export function StateBadge({ state }: { state: DocumentState }) {
  return <span className={STATE_CLASS[state]}>{STATE_LABELS[state]}</span>;
}
