interface ColumnSelectProps {
  label: string;
  columns: readonly { name: string; samples: readonly string[] }[];
  value: string | undefined;
  onChange: (column: string | undefined) => void;
}

/** An import mapping's choice for one field: a column of the file (with a sample value) or none. */
export function ColumnSelect({ label, columns, value, onChange }: ColumnSelectProps) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <select className="select" value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">Not imported</option>
        {columns.map((c) => (
          <option key={c.name} value={c.name}>
            {c.name}
            {c.samples[0] ? ` — e.g. ${c.samples[0].slice(0, 40)}` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
