import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';

/**
 * Reads one sheet of an Excel workbook (.xlsx) as a header and rows of text, the way the CSV reader does:
 * the header is the first row near the top with two or more text cells (titles above it are skipped), a
 * merged range gives its value to every cell it covers, dates become ISO dates, numbers their shortest
 * decimal form. A formula is refused, naming its cell: the import takes values a person typed, and a
 * formula's cached result may be stale or missing.
 */

export class XlsxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxError';
  }
}

export interface XlsxTable {
  /** Every worksheet's name, in workbook order. */
  sheets: string[];
  sheet: string;
  /** The header's row number (1-based, as Excel shows it). */
  headerRow: number;
  header: string[];
  records: { line: number; fields: string[] }[];
}

/** How far down a header may sit below titles and notes. */
const HEADER_SEARCH_ROWS = 20;

/** exceljs is large: loaded on the first workbook, never at start-up. */
async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings want a Node Buffer; it reads any ArrayBuffer view.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new XlsxError(`This is not a readable Excel workbook (.xlsx): ${(error as Error).message}. Save it from Excel as "Excel Workbook (.xlsx)".`);
  }
  return workbook;
}

const isoDate = (d: Date) => (d.getUTCHours() + d.getUTCMinutes() + d.getUTCSeconds() === 0 ? d.toISOString().slice(0, 10) : d.toISOString().replace('.000Z', 'Z'));

/** A cell's value as text; merged cells read their master. */
function cellText(cell: Cell, sheet: string): string {
  const source = cell.isMerged ? cell.master : cell;
  const value = source.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if ('formula' in value || 'sharedFormula' in value) {
    throw new XlsxError(
      `Sheet "${sheet}", cell ${source.address} holds a formula (=${source.formula}); Cairn imports typed values only. Copy the column and paste it back as values, then import again.`,
    );
  }
  if ('error' in value) throw new XlsxError(`Sheet "${sheet}", cell ${source.address} holds the error ${value.error}; correct it or clear the cell, then import again.`);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  return value.text;
}

function rowTexts(worksheet: Worksheet, rowNumber: number, width: number): string[] {
  const row = worksheet.getRow(rowNumber);
  return Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1), worksheet.name));
}

const isText = (value: CellValue) => (typeof value === 'string' ? value.trim() !== '' : typeof value === 'object' && value !== null && 'richText' in value);

/**
 * The first row near the top with at least two non-empty cells, all of them text (no number, date or
 * formula): a header. A merged range counts once, so a title merged across the table is not a header.
 */
function findHeader(worksheet: Worksheet, width: number): number {
  const last = Math.min(worksheet.rowCount, HEADER_SEARCH_ROWS);
  for (let n = 1; n <= last; n++) {
    const row = worksheet.getRow(n);
    const values = Array.from({ length: width }, (_, i) => row.getCell(i + 1))
      .filter((cell) => !cell.isMerged || cell.master === cell)
      .map((cell) => cell.value)
      .filter((v) => v !== null && v !== undefined && v !== '');
    if (values.length >= 2 && values.every(isText)) return n;
  }
  throw new XlsxError(
    `Sheet "${worksheet.name}" has no header row: none of its first ${HEADER_SEARCH_ROWS} rows names two or more columns. Put the column names (ID, Text, …) in one row above the data.`,
  );
}

/** The first row near the top that is a header, or null. */
function headerRowOf(worksheet: Worksheet): number | null {
  try {
    return findHeader(worksheet, worksheet.columnCount);
  } catch (error) {
    if (error instanceof XlsxError) return null;
    throw error;
  }
}

/** Reads `sheet` (by name), or the first worksheet with a header row when none is named (a cover sheet is passed over). */
export async function readXlsx(bytes: Uint8Array, sheet?: string): Promise<XlsxTable> {
  const workbook = await loadWorkbook(bytes);
  const sheets = workbook.worksheets.map((w) => w.name);
  const worksheet = sheet === undefined ? (workbook.worksheets.find((w) => headerRowOf(w) !== null) ?? workbook.worksheets[0]) : workbook.worksheets.find((w) => w.name === sheet);
  if (!worksheet) {
    throw new XlsxError(sheet === undefined ? 'The workbook has no sheets.' : `The workbook has no sheet "${sheet}"; its sheets are ${sheets.map((s) => `"${s}"`).join(', ')}.`);
  }
  const width = worksheet.columnCount;
  const headerRow = findHeader(worksheet, width);
  const header = rowTexts(worksheet, headerRow, width);
  // Trailing columns with no name and no data are layout, not columns.
  const records: { line: number; fields: string[] }[] = [];
  for (let n = headerRow + 1; n <= worksheet.rowCount; n++) {
    const fields = rowTexts(worksheet, n, width);
    if (fields.some((f) => f.trim())) records.push({ line: n, fields });
  }
  let used = header.length;
  while (used > 0 && !header[used - 1]?.trim() && records.every((r) => !r.fields[used - 1]?.trim())) used -= 1;
  return { sheets, sheet: worksheet.name, headerRow, header: header.slice(0, used), records: records.map((r) => ({ line: r.line, fields: r.fields.slice(0, used) })) };
}
