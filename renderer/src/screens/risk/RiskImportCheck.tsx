import type { RiskImportPreview } from '../../../../shared/api/risk-types';
import { RISK_IMPORT_FIELDS } from '../../../../shared/api/risk-types';
import { RISK_IMPORT_LABELS } from '../../../../shared/risk/import-rows';
import { MappedRowsPreview } from '../../components/MappedRowsPreview';

const PREVIEW_ROWS = 5;

/** The rows as the mapping reads them, and every row the import would refuse, by line. */
export function RiskImportCheck({ preview }: { preview: RiskImportPreview }) {
  const shown = RISK_IMPORT_FIELDS.filter((f) => preview.mapping[f]);
  return (
    <>
      <MappedRowsPreview
        className="risk-import-preview"
        fields={shown.map((f) => ({ key: f, label: RISK_IMPORT_LABELS[f], column: preview.mapping[f] ?? '' }))}
        rows={preview.preview.slice(0, PREVIEW_ROWS)}
        cut={80}
      />
      {preview.problemCount === 0 ? (
        <p className="message message-success" data-testid="risk-import-ready">
          All {preview.rowCount} rows can be imported.
        </p>
      ) : (
        <div className="message message-error" data-testid="risk-import-problems">
          <p>
            {preview.problemCount} {preview.problemCount === 1 ? 'row needs' : 'rows need'} fixing before anything is imported
            {preview.problemCount > preview.problems.length ? ` (the first ${preview.problems.length} are listed)` : ''}. Fix the file and choose it again, or change the mapping.
          </p>
          <ul className="small risk-import-problems" aria-label="Rows to fix" tabIndex={0}>
            {preview.problems.map((p) => (
              <li key={`${p.where} ${p.message}`}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
