import type { PdfVerification } from '../../../../shared/api/documents-types';
import { utcTitle } from '../../forms/format';

/** One verdict in plain words: good news calm, bad news unmistakable. */
function Verdict({ ok, children }: { ok: boolean; children: string }) {
  return (
    <li className={ok ? 'verdict verdict-ok' : 'verdict verdict-bad'}>
      <span className="verdict-mark" aria-hidden="true">
        {ok ? '✓' : '✗'}
      </span>
      {children}
    </li>
  );
}

function headline(report: PdfVerification): { ok: boolean; text: string } {
  if (!report.signed) return { ok: false, text: 'This PDF carries no signature.' };
  const current = report.project ? report.project.matchesApproved && report.project.matchesRecords : true;
  if (report.verified && current) return { ok: true, text: 'The signature holds, its signer is trusted and the PDF matches the approved version.' };
  if (report.verdict === 'intact, signer not verified') return { ok: false, text: 'Intact, but the signer is not verified: open the project it belongs to.' };
  return { ok: false, text: 'This PDF needs attention: see the points marked ✗ below.' };
}

/** What `documents.verifyPdf` found, said the way a quality manager would say it. */
export function VerifyResult({ fileName, report }: { fileName: string; report: PdfVerification }) {
  const top = headline(report);
  const signer = report.signer;
  return (
    <div className="verify-report" data-testid="verify-pdf-result">
      <h3>
        {fileName}: <span className={top.ok ? 'verdict-ok' : 'verdict-bad'}>{top.text}</span>
      </h3>
      {report.signed && (
        <dl className="facts small">
          <dt>Signed by</dt>
          <dd>
            {signer ? `${signer.name}${signer.email ? ` <${signer.email}>` : ''}` : 'Unknown'}
            {signer && <span className="mono muted"> · key {signer.fingerprint.slice(0, 16)}</span>}
          </dd>
          <dt>Signed at</dt>
          <dd>{report.signedAt ? utcTitle(report.signedAt) : 'Not stated'}</dd>
          <dt>Document</dt>
          <dd>{report.document ? `${report.document.docKey} v${report.document.version}` : 'Not a Cairn document'}</dd>
          {report.document && (
            <>
              <dt>Content SHA-256</dt>
              <dd className="mono">{report.document.contentSha256}</dd>
            </>
          )}
        </dl>
      )}
      <ul className="plain-list verdicts">
        {report.signed && (
          <>
            <Verdict ok={report.intact}>
              {report.intact ? 'Intact: no byte of the signed part has changed.' : 'Not intact: the signed bytes were changed or the signature does not verify.'}
            </Verdict>
            <Verdict ok={report.coversWholeFile}>
              {report.coversWholeFile ? 'The signature covers the whole file.' : 'Something was added to the file after it was signed.'}
            </Verdict>
            <Verdict ok={signer?.trusted === true}>
              {signer?.trusted === true
                ? "The signer's certificate is on this project's trusted list."
                : signer?.trusted === false
                  ? "The signer's certificate is not on this project's trusted list."
                  : 'Whether the signer is trusted can only be said with a project open.'}
            </Verdict>
          </>
        )}
        {report.project && (
          <>
            <Verdict ok={report.project.matchesApproved}>
              {report.project.matchesApproved ? 'It is the approved version of this document.' : 'It is not the approved version of this document.'}
            </Verdict>
            <Verdict ok={report.project.matchesRecords}>
              {report.project.matchesRecords ? 'It still matches the project records.' : 'The project records have changed since it was issued.'}
            </Verdict>
          </>
        )}
      </ul>
      {report.project?.detail && <p className="small">{report.project.detail}</p>}
      {report.problems.length > 0 && (
        <>
          <h4>Problems</h4>
          <ul className="problem-list">
            {report.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
