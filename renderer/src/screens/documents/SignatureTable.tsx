import type { SignatureView } from '../../../../shared/api/documents-types';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { utcTitle } from '../../forms/format';
import { MEANING_LABELS } from './document-list-view';
import { shortSha } from './workflow-view';

const COLUMNS: DataColumn<SignatureView>[] = [
  { id: 'name', header: 'Printed name', rowHeader: true, sortValue: (s) => s.printedName.toLowerCase(), cell: (s) => s.printedName },
  { id: 'role', header: 'Role', sortValue: (s) => s.role, cell: (s) => s.role.charAt(0).toUpperCase() + s.role.slice(1) },
  {
    id: 'meaning',
    header: 'Meaning',
    cell: (s) => (
      <>
        {MEANING_LABELS[s.meaning] ?? s.meaning}
        {s.selfApproval && <span className="badge badge-warning">Self-approval</span>}
        {!s.current && <span className="muted small"> (earlier review round {s.reviewRound})</span>}
      </>
    ),
  },
  {
    id: 'signedAt',
    header: 'Signed (UTC)',
    className: 'small',
    sortValue: (s) => s.signedAt,
    cell: (s) => <time dateTime={s.signedAt}>{utcTitle(s.signedAt).replace(' (UTC)', '')}</time>,
  },
  {
    id: 'sha',
    header: 'Content SHA-256',
    className: 'mono small',
    cell: (s) => <span title={s.contentSha256}>{shortSha(s.contentSha256)}</span>,
  },
  {
    id: 'content',
    header: 'Content',
    cell: (s) => (s.matchesContent ? <span className="badge badge-success">Matches content</span> : <span className="badge badge-warning">No longer matches</span>),
  },
];

/** Each signature as 21 CFR 11.50 wants it shown, and whether the content it bound still matches. */
export function SignatureTable({ signatures, caption }: { signatures: SignatureView[]; caption: string }) {
  return (
    <DataTable caption={caption} rows={signatures} columns={COLUMNS} rowKey={(s) => s.id} className="signature-table" rowClassName={(s) => (s.current ? undefined : 'inactive')} />
  );
}
