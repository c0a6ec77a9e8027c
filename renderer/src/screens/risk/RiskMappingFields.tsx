import type { RiskImportMapping, RiskImportPreview } from '../../../../shared/api/risk-types';
import { RISK_IMPORT_FIELDS } from '../../../../shared/api/risk-types';
import { RISK_IMPORT_LABELS } from '../../../../shared/risk/import-rows';

interface RiskMappingFieldsProps {
  preview: RiskImportPreview;
  mapping: RiskImportMapping;
  /** Fields the plan needs a column for, marked as required. */
  required: readonly string[];
  onChange: (mapping: RiskImportMapping) => void;
}

/** One select per field of a risk chain: which column of the file feeds it, with a sample of that column. */
export function RiskMappingFields({ preview, mapping, required, onChange }: RiskMappingFieldsProps) {
  return (
    <div className="field-grid risk-mapping" role="group" aria-label="Column for each field">
      {RISK_IMPORT_FIELDS.map((field) => (
        <label key={field} className="field">
          <span className="field-label">
            {RISK_IMPORT_LABELS[field]}
            {required.includes(field) ? ' (required)' : ''}
          </span>
          <select className="select" value={mapping[field] ?? ''} onChange={(e) => onChange({ ...mapping, [field]: e.target.value || undefined })}>
            <option value="">Not imported</option>
            {preview.columns.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
                {c.samples[0] ? ` — e.g. ${c.samples[0].slice(0, 40)}` : ''}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}
