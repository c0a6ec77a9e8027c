import type { RecordLabel } from '../../../../shared/api/trace-types';

/** The records at the far end of a row's links; a suspect one says so in words, not only in colour. */
export function LinkedList({ linked, empty, required = true }: { linked: (RecordLabel & { id: number; suspect: boolean })[]; empty: string; required?: boolean }) {
  // An empty cell is a gap only where a link is expected; elsewhere it is simply not applicable.
  if (linked.length === 0) return <span className={required ? 'trace-missing' : 'muted'}>{empty}</span>;
  return (
    <span className="trace-linked">
      {linked.map((l, i) => (
        // Two relations can join the same pair of requirements, so the id alone is not a unique key.
        <span key={`${l.id}:${i}`} className={l.suspect ? 'trace-chip trace-chip-suspect' : 'trace-chip'} title={l.title}>
          {l.humanId}
          {l.suspect && <span className="trace-suspect-word"> (suspect)</span>}
        </span>
      ))}
    </span>
  );
}
