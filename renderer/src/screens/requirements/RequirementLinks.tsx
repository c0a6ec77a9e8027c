import type { TraceLinkView } from '../../../../shared/api/trace-types';
import { localDateTime } from '../../forms/format';

interface RequirementLinksProps {
  requirementId: number;
  links: TraceLinkView[];
  onReview: (links: TraceLinkView[]) => void;
}

/** Every trace link of one requirement, read from its side; a suspect one says why and can be marked reviewed. */
export function RequirementLinks({ requirementId, links, onReview }: RequirementLinksProps) {
  if (links.length === 0) return <p className="muted">No trace links yet: allocate it to a software item, or link it from a risk control or a test case.</p>;
  const suspect = links.filter((l) => l.suspect);
  return (
    <>
      <ul className="req-links">
        {links.map((link) => {
          const outgoing = link.from.type === 'requirement' && link.from.id === requirementId;
          const other = outgoing ? link.toLabel : link.fromLabel;
          return (
            <li key={link.id} className={link.suspect ? 'req-link req-link-suspect' : 'req-link'}>
              <span>
                {outgoing ? (
                  <>
                    This requirement {link.meaning} <strong>{other.humanId}</strong> {other.title}
                  </>
                ) : (
                  <>
                    <strong>{other.humanId}</strong> {other.title} {link.meaning} this requirement
                  </>
                )}
              </span>
              {link.suspect ? (
                <span className="req-link-state">
                  <span className="badge badge-warning">Suspect</span> <span className="small">{link.suspectReason}</span>
                  <button type="button" className="button button-small" onClick={() => onReview([link])}>
                    Mark reviewed<span className="visually-hidden"> the link to {other.humanId}</span>
                  </button>
                </span>
              ) : (
                <span className="muted small">
                  {link.reviewedAt ? `Reviewed ${localDateTime(link.reviewedAt)} by ${link.reviewedByName ?? 'someone no longer listed'}` : 'Not reviewed since it was made'}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {suspect.length > 1 && (
        <button type="button" className="button button-small" onClick={() => onReview(suspect)}>
          Mark all {suspect.length} suspect links reviewed
        </button>
      )}
    </>
  );
}
