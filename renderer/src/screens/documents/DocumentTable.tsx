import type { DocumentListItem } from '../../../../shared/api/documents-types';
import { StateBadge } from '../../components/StateBadge';
import { localDateTime, utcTitle } from '../../forms/format';
import { useNavStore } from '../../stores/nav-store';
import { MEANING_LABELS, type DocumentSort, type DocumentSortColumn } from './document-list-view';

const COLUMNS: { key: DocumentSortColumn | 'approvals'; label: string }[] = [
  { key: 'docKey', label: 'ID' },
  { key: 'title', label: 'Title' },
  { key: 'version', label: 'Version' },
  { key: 'state', label: 'State' },
  { key: 'authorName', label: 'Author' },
  { key: 'approvals', label: 'Signatures' },
  { key: 'lastChange', label: 'Last change' },
];

const SORT_NAMES = { asc: 'ascending', desc: 'descending' } as const;

interface DocumentTableProps {
  items: DocumentListItem[];
  sort: DocumentSort;
  onSort: (sort: DocumentSort) => void;
}

/** Every controlled document; a header button sorts by its column, the ID opens the document. */
export function DocumentTable({ items, sort, onSort }: DocumentTableProps) {
  const openDocument = useNavStore((state) => state.openDocument);
  return (
    <table className="table documents-table" aria-labelledby="documents-title">
      <thead>
        <tr>
          {COLUMNS.map(({ key, label }) =>
            key === 'approvals' ? (
              <th key={key} scope="col">
                {label}
              </th>
            ) : (
              <th key={key} scope="col" aria-sort={sort.column === key ? SORT_NAMES[sort.dir] : 'none'}>
                <button type="button" className="grid-sort" onClick={() => onSort({ column: key, dir: sort.column === key && sort.dir === 'asc' ? 'desc' : 'asc' })}>
                  {label}
                  <span className="grid-sort-mark" aria-hidden="true">
                    {sort.column === key ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} data-testid={`document-${item.docKey}`}>
            <th scope="row">
              <button type="button" className="link-button mono" onClick={() => openDocument(item.id)}>
                {item.docKey}
              </button>
            </th>
            <td>{item.title}</td>
            <td className="num">v{item.version}</td>
            <td>
              <span className="badge-stack">
                <StateBadge state={item.state} />
                {item.changedSinceApproved && <span className="badge badge-warning">Changed since approved</span>}
              </span>
            </td>
            <td>{item.authorName}</td>
            <td>
              {item.approvals.length === 0 ? (
                <span className="muted small">None yet</span>
              ) : (
                <ul className="signature-list">
                  {item.approvals.map((a) => (
                    <li key={`${a.meaning}-${a.name}-${a.signedAt}`} title={utcTitle(a.signedAt)}>
                      <span className="muted">{MEANING_LABELS[a.meaning] ?? a.meaning}:</span> {a.name}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td className="small">
              <time dateTime={item.lastChange} title={utcTitle(item.lastChange)}>
                {localDateTime(item.lastChange)}
              </time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
