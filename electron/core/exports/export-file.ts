import type { TableExport } from '../../../shared/api/table-export';
import { writeXlsx, XLSX_MIME, type XlsxSheet } from '../import/xlsx-write';
import type { OpenProject } from '../projects/open-project';

/** A file name from the product's name and what the file holds, e.g. "Infusion-Pump-risks". */
export function exportStem(project: OpenProject, what: string): string {
  return `${
    project.project
      .get()
      .productName.replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'project'
  }-${what}`;
}

/** Sheets as an .xlsx export named after the product and `what`. */
export async function xlsxExport(project: OpenProject, what: string, sheets: readonly XlsxSheet[], count: number, at: string): Promise<TableExport> {
  const bytes = await writeXlsx(sheets, new Date(at));
  return { fileName: `${exportStem(project, what)}.xlsx`, mimeType: XLSX_MIME, base64: Buffer.from(bytes).toString('base64'), count };
}

/** A header row and data rows as one sheet, each column as wide as its longest cell within reason. */
export function sheetOf(name: string, table: readonly (readonly string[])[]): XlsxSheet {
  const [header = [], ...rows] = table;
  const widths = header.map((h, i) => Math.min(60, Math.max(10, h.length + 2, ...rows.slice(0, 200).map((r) => Math.min(60, (r[i] ?? '').split('\n')[0]?.length ?? 0)))));
  return { name, columns: header.map((h, i) => ({ header: h, width: widths[i] })), rows: rows.map((r) => [...r]) };
}
