import type { Workbook } from 'exceljs';

/** One sheet to write: column headers with a width in characters, and rows of text, numbers or dates. */
export interface XlsxSheet {
  name: string;
  columns: { header: string; width?: number }[];
  rows: (string | number | null)[][];
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel's limit on a sheet name and the characters it refuses there. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/**
 * A workbook people can work in at once: each sheet's header row bold and frozen, an auto-filter over the
 * table, long text wrapped. Values are written as values, never as formulas, so the import reads them back.
 * exceljs is loaded on first use, never at start-up.
 */
export async function writeXlsx(sheets: readonly XlsxSheet[], createdAt: Date): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook: Workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cairn';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name), { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width ?? Math.min(60, Math.max(10, c.header.length + 2)) }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row);
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rows.length + 1), column: sheet.columns.length } };
    worksheet.eachRow((row, n) => {
      if (n > 1) row.alignment = { vertical: 'top', wrapText: true };
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
