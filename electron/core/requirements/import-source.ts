import { createHash } from 'node:crypto';
import type { ImportColumn, ImportFormat } from '../../../shared/api/requirements-types';
import type { SourceRow } from '../../../shared/requirements/mapping';
import { LIMITS } from '../../../shared/domain/limits';
import { CairnError } from '../errors';
import { CsvError, parseCsv } from '../import/csv';
import { readReqif, ReqifError, type ReqifRelation } from '../import/reqif-read';
import { unzipReqif } from '../import/reqifz';
import { readXlsx, XlsxError } from '../import/xlsx-read';

/** Where each row sits in a structured source (ReqIF): its key, the key of the row above it and its document. */
export interface SourcePlace {
  key: string;
  parent: string | null;
  document: string;
}

/** A ReqIF file's structure beside its rows; CSV has none. */
export interface SourceStructure {
  /** One per row, in the same order. */
  places: SourcePlace[];
  relations: ReqifRelation[];
}

/** A file read into named columns and rows, whatever its format. */
export interface ImportSource {
  format: ImportFormat;
  sourceTool: string;
  /** Identifies "the same kind of file" so its mapping can be offered again. */
  sourceKey: string;
  columns: ImportColumn[];
  rows: SourceRow[];
  structure: SourceStructure | null;
  /** What the reader tolerated, each naming what and where. */
  warnings: string[];
  /** A workbook's sheets, the one read and the row its header was found on; empty and null for other formats. */
  sheets: string[];
  sheet: string | null;
  headerRow: number | null;
}

const SAMPLES = 3;

function fail(fileName: string, message: string): never {
  throw new CairnError('invalid_input', `${fileName}: ${message}`, 'file');
}

function decodeUtf8(fileName: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(fileName, 'the file is not UTF-8 text; save it as UTF-8 (in a spreadsheet: "CSV UTF-8").');
  }
}

/** CSV headers made unique and non-empty, so every column can be named in a mapping. */
function columnNames(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((raw, index) => {
    const base = raw.trim() || `Column ${index + 1}`;
    const n = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

function withSamples(columns: { name: string; kind: string }[], rows: SourceRow[]): ImportColumn[] {
  return columns.map((c) => ({
    ...c,
    samples: rows
      .map((r) => r.cells[c.name] ?? '')
      .filter((v) => v.trim())
      .slice(0, SAMPLES)
      .map((v) => v.slice(0, 120)),
  }));
}

/** A header and records (CSV or one sheet of a workbook) as a source; the header line is what a saved mapping is keyed by. */
function fromTable(format: 'csv' | 'xlsx', table: { header: readonly string[]; records: readonly { line: number; fields: readonly string[] }[] }, where: (line: number) => string) {
  const names = columnNames(table.header);
  const rows = table.records.map((record) => ({ where: where(record.line), cells: Object.fromEntries(names.map((name, i) => [name, record.fields[i] ?? ''])) }));
  return {
    format,
    sourceTool: '',
    sourceKey: `${format}:${names.map((n) => n.toLowerCase()).join('|')}`,
    columns: withSamples(
      names.map((name) => ({ name, kind: 'text' })),
      rows,
    ),
    rows,
    structure: null,
    warnings: [],
  };
}

function fromCsv(fileName: string, text: string): ImportSource {
  try {
    return { ...fromTable('csv', parseCsv(text), (line) => `Line ${line}`), sheets: [], sheet: null, headerRow: null };
  } catch (error) {
    if (error instanceof CsvError) fail(fileName, error.message);
    throw error;
  }
}

function fromReqif(fileName: string, xml: string): ImportSource {
  let table;
  try {
    table = readReqif(xml);
  } catch (error) {
    if (error instanceof ReqifError) fail(fileName, error.message);
    throw error;
  }
  const rows = table.rows.map((row) => ({ where: `SPEC-OBJECT "${row.identifier}"`, cells: row.cells, rich: row.rich }));
  const names = table.columns.map((c) => c.name);
  return {
    format: 'reqif',
    sourceTool: table.sourceTool,
    sourceKey: `reqif:${table.sourceTool.toLowerCase()}:${[...names].sort().join('|').toLowerCase()}`,
    columns: withSamples(table.columns, rows),
    rows,
    structure: { places: table.rows.map((row) => ({ key: row.identifier, parent: row.parent, document: row.specification })), relations: table.relations },
    warnings: table.warnings,
    sheets: [],
    sheet: null,
    headerRow: null,
  };
}

/**
 * No imported value may be longer than the longest the app accepts from a person (LIMITS.text); the
 * first that is names its row and column, and nothing of the file is written. Fields with tighter
 * bounds are checked again where each import maps them.
 */
function withinLimits(fileName: string, source: ImportSource): ImportSource {
  for (const row of source.rows) {
    for (const [column, value] of Object.entries(row.cells)) {
      if (value.length > LIMITS.text) fail(fileName, `${row.where}, column "${column}": ${value.length} characters, more than ${LIMITS.text}, Cairn's limit for one value.`);
    }
  }
  return source;
}

const isWorkbook = (fileName: string) => fileName.toLowerCase().endsWith('.xlsx');

/** A sheet names part of a workbook; asked of any other file it would be silently ignored, so it is refused. */
function refuseSheetOutsideWorkbook(fileName: string, sheet: string | undefined): void {
  if (sheet !== undefined && !isWorkbook(fileName)) {
    throw new CairnError('invalid_input', `${fileName}: only an Excel workbook (.xlsx) has sheets to choose from; leave the sheet out for this file.`, 'sheet');
  }
}

/**
 * Workbooks read by prepareImportSource, by content and sheet. Reading a workbook is asynchronous and a
 * mutation runs in one synchronous transaction, so the import finds here what its preview read.
 */
const workbooks = new Map<string, ImportSource>();
const WORKBOOKS_KEPT = 8;
const workbookKey = (bytes: Uint8Array, sheet: string | undefined) => `${createHash('sha256').update(bytes).digest('hex')}\0${sheet ?? ''}`;

/**
 * Reads any importable file, workbooks included; previews call this. A workbook is read once here and
 * kept for the import that follows (see readImportSource).
 */
export async function prepareImportSource(fileName: string, bytes: Uint8Array, sheet?: string): Promise<ImportSource> {
  refuseSheetOutsideWorkbook(fileName, sheet);
  if (!isWorkbook(fileName)) return readImportSource(fileName, bytes);
  const key = workbookKey(bytes, sheet);
  const known = workbooks.get(key);
  if (known) return known;
  let table;
  try {
    table = await readXlsx(bytes, sheet);
  } catch (error) {
    if (error instanceof XlsxError) fail(fileName, error.message);
    throw error;
  }
  const source = withinLimits(fileName, {
    ...fromTable('xlsx', table, (line) => `Sheet "${table.sheet}", row ${line}`),
    sheets: table.sheets,
    sheet: table.sheet,
    headerRow: table.headerRow,
  });
  workbooks.set(key, source);
  for (const old of workbooks.keys()) if (workbooks.size > WORKBOOKS_KEPT) workbooks.delete(old);
  return source;
}

/**
 * Reads a CSV, ReqIF or ReqIF-zip file, chosen by its extension or, failing that, by its first bytes. A
 * workbook must have been read by prepareImportSource (the preview) first.
 */
export function readImportSource(fileName: string, bytes: Uint8Array, sheet?: string): ImportSource {
  refuseSheetOutsideWorkbook(fileName, sheet);
  return withinLimits(fileName, readAnySource(fileName, bytes, sheet));
}

function readAnySource(fileName: string, bytes: Uint8Array, sheet?: string): ImportSource {
  const lower = fileName.toLowerCase();
  if (isWorkbook(fileName)) {
    return (
      workbooks.get(workbookKey(bytes, sheet)) ??
      fail(fileName, 'preview this workbook (requirements.previewImport or risk.previewImport) before importing it, so its sheet is read.')
    );
  }
  const zipped = lower.endsWith('.reqifz') || (bytes[0] === 0x50 && bytes[1] === 0x4b);
  if (zipped) {
    let xml: string;
    try {
      xml = unzipReqif(bytes);
    } catch (error) {
      return fail(fileName, (error as Error).message);
    }
    return fromReqif(fileName, xml);
  }
  const text = decodeUtf8(fileName, bytes);
  if (lower.endsWith('.reqif') || lower.endsWith('.xml') || (!lower.endsWith('.csv') && /^\uFEFF?\s*</.test(text))) return fromReqif(fileName, text);
  return fromCsv(fileName, text);
}
