interface MappedRowsPreviewProps {
  /** The mapped fields in order: the header to show and the file column that feeds it. */
  fields: readonly { key: string; label: string; column: string }[];
  rows: readonly Record<string, string>[];
  className: string;
  cut: number;
}

/**
 * The first rows of an import file as the mapping reads them. It scrolls when the file is wide or long,
 * so it is a named tab stop: keyboard users can scroll it too.
 */
export function MappedRowsPreview({ fields, rows, className, cut }: MappedRowsPreviewProps) {
  return (
    <div className={className} role="region" aria-label="First rows of the file" tabIndex={0}>
      <table className="table">
        <caption className="visually-hidden">The first rows as they will be imported</caption>
        <thead>
          <tr>
            {fields.map((f) => (
              <th key={f.key} scope="col">
                {f.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {fields.map((f) => (
                <td key={f.key}>{(row[f.column] ?? '').slice(0, cut)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
