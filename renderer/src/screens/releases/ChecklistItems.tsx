import type { ChecklistItem } from '../../../../shared/api/releases-types';

/** The checklist items of one step: met, not required, or blocked with what to fix, and the evidence looked at. */
export function ChecklistItems({ items }: { items: ChecklistItem[] }) {
  return (
    <ul className="release-items">
      {items.map((item) => (
        <li key={item.clause} className="release-item" data-testid={`clause-${item.clause}`}>
          <p className="release-item-head">
            <span className={`badge${!item.applies ? ' badge-muted' : item.met ? ' badge-success' : ' badge-danger'}`}>
              {!item.applies ? 'Not required' : item.met ? 'Met' : 'Blocked'}
            </span>{' '}
            <strong>
              {item.clause} {item.title}
            </strong>
          </p>
          {item.blockers.length > 0 && (
            <ul className="release-blockers" aria-label={`What blocks ${item.clause}`}>
              {item.blockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          )}
          {item.evidence.length > 0 && (
            <ul className="release-evidence muted small" aria-label={`Evidence for ${item.clause}`}>
              {item.evidence.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
