/** A table exported as a file (CSV or Excel workbook), ready to save: its name, type and bytes as base64. */
export interface TableExport {
  fileName: string;
  mimeType: string;
  base64: string;
  /** How many records it holds. */
  count: number;
}
