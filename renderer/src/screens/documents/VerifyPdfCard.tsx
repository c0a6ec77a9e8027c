import { useId, useState } from 'react';
import type { PdfVerification } from '../../../../shared/api/documents-types';
import { messageOf } from '../../api/field-errors';
import { readAsBase64 } from '../../files/read-file';
import { useDocumentsExportStore } from '../../stores/documents-export-store';
import { VerifyResult } from './VerifyResult';

/** Checks a PDF that came back from a notified body or a colleague: who signed it and whether it still holds. */
export function VerifyPdfCard() {
  const verify = useDocumentsExportStore((state) => state.verify);
  const inputId = useId();
  const [checking, setChecking] = useState<string | null>(null);
  const [result, setResult] = useState<{ fileName: string; report: PdfVerification } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function check(file: File) {
    setChecking(file.name);
    setResult(null);
    setError(null);
    try {
      setResult({ fileName: file.name, report: await verify(await readAsBase64(file)) });
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setChecking(null);
    }
  }

  return (
    <section className="card" aria-labelledby="verify-pdf-title">
      <h2 id="verify-pdf-title">Check a PDF someone sent back</h2>
      <p className="muted small">
        Cairn reads the PDF's embedded signature and compares it with this project: who signed, when, whether any byte changed, and whether it is still the approved version.
      </p>
      <div className="field">
        <label className="field-label" htmlFor={inputId}>
          PDF to check
        </label>
        <input
          id={inputId}
          type="file"
          accept="application/pdf,.pdf"
          className="file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void check(file);
            // Choosing the same file again after a fix should check it again.
            event.target.value = '';
          }}
        />
      </div>
      <div aria-live="polite">
        {checking && (
          <p className="muted">
            <span className="spinner inline-spinner" aria-hidden="true" /> Checking {checking}…
          </p>
        )}
        {error && (
          <p className="message message-error" role="alert">
            {error}
          </p>
        )}
        {result && <VerifyResult fileName={result.fileName} report={result.report} />}
      </div>
    </section>
  );
}
