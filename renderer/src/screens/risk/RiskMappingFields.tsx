import type { RiskImportMapping, RiskImportPreview } from '../../../../shared/api/risk-types';
import { RISK_IMPORT_FIELDS } from '../../../../shared/api/risk-types';
import { RISK_IMPORT_LABELS } from '../../../../shared/risk/import-rows';
import { ColumnSelect } from '../../components/ColumnSelect';

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
        <ColumnSelect
          key={field}
          label={`${RISK_IMPORT_LABELS[field]}${required.includes(field) ? ' (required)' : ''}`}
          columns={preview.columns}
          value={mapping[field]}
          onChange={(column) => onChange({ ...mapping, [field]: column })}
        />
      ))}
    </div>
  );
}
