import type { SignatureView } from '../../../../shared/api/documents-types';
import { utcTitle } from '../../forms/format';
import { MEANING_LABELS } from './document-list-view';
import { shortSha } from './workflow-view';

/** Each signature as 21 CFR 11.50 wants it shown, and whether the content it bound still matches. */
export function SignatureTable({ signatures, caption }: { signatures: SignatureView[]; caption: string }) {
  return (
    <table className="table signature-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Printed name</th>
          <th scope="col">Role</th>
          <th scope="col">Meaning</th>
          <th scope="col">Signed (UTC)</th>
          <th scope="col">Content SHA-256</th>
          <th scope="col">Content</th>
        </tr>
      </thead>
      <tbody>
        {signatures.map((s) => (
          <tr key={s.id} className={s.current ? undefined : 'inactive'}>
            <th scope="row">{s.printedName}</th>
            <td>{s.role.charAt(0).toUpperCase() + s.role.slice(1)}</td>
            <td>
              {MEANING_LABELS[s.meaning] ?? s.meaning}
              {s.selfApproval && <span className="badge badge-warning">Self-approval</span>}
              {!s.current && <span className="muted small"> (earlier review round {s.reviewRound})</span>}
            </td>
            <td className="small">
              <time dateTime={s.signedAt}>{utcTitle(s.signedAt).replace(' (UTC)', '')}</time>
            </td>
            <td className="mono small" title={s.contentSha256}>
              {shortSha(s.contentSha256)}
            </td>
            <td>{s.matchesContent ? <span className="badge badge-success">Matches content</span> : <span className="badge badge-warning">No longer matches</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
