interface SheetChooserProps {
  /** The workbook's sheets; nothing is shown for a file that has none (CSV, ReqIF). */
  sheets: readonly string[];
  sheet: string | null;
  headerRow: number | null;
  disabled: boolean;
  /** Reads the file again from the chosen sheet. */
  onChoose: (sheet: string) => void;
}

/**
 * Which sheet of a workbook an import reads, and where its header was found: Cairn starts with the first
 * sheet that has a header row (titles above it skipped), and the user may pick another.
 */
export function SheetChooser({ sheets, sheet, headerRow, disabled, onChoose }: SheetChooserProps) {
  if (sheets.length === 0) return null;
  return (
    <div className="field-grid">
      {sheets.length > 1 && (
        <label className="field">
          <span className="field-label">Sheet</span>
          <select className="select" value={sheet ?? ''} disabled={disabled} onChange={(e) => onChoose(e.target.value)}>
            {sheets.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
      )}
      {headerRow !== null && (
        <p className="muted small" data-testid="import-header-row">
          Column names read from row {headerRow} of sheet “{sheet}”{headerRow > 1 ? '; the rows above it are left out' : ''}.
        </p>
      )}
    </div>
  );
}
