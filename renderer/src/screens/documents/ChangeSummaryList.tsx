import { isEmptyChange, type ChangeSummary } from '../../../../shared/documents/content';

const GROUPS = [
  ['added', 'Added'],
  ['changed', 'Changed'],
  ['removed', 'Removed'],
] as const;

/** Which records were added, changed or removed, grouped; kinds in words, labels as people know them. */
export function ChangeSummaryList({ summary }: { summary: ChangeSummary }) {
  if (isEmptyChange(summary)) return <p className="muted small">No records changed.</p>;
  return (
    <ul className="change-list">
      {GROUPS.filter(([key]) => summary[key].length > 0).map(([key, label]) => (
        <li key={key}>
          <span className={`change-kind change-${key}`}>{label}</span>{' '}
          {summary[key].map((record, index) => (
            <span key={record.key}>
              {index > 0 && ', '}
              <span className="muted">{record.kind.replace(/_/g, ' ')}</span> {record.label}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
