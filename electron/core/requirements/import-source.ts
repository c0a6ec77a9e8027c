import type { ImportColumn, ImportFormat } from '../../../shared/api/requirement-types';
import type { SourceRow } from '../../../shared/requirements/mapping';
import { CairnError } from '../errors';
import { CsvError, parseCsv } from '../import/csv';
import { readReqif, ReqifError, type ReqifRelation } from '../import/reqif-read';
import { unzipReqif } from '../import/reqifz';

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

function fromCsv(fileName: string, text: string): ImportSource {
  let table;
  try {
    table = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) fail(fileName, error.message);
    throw error;
  }
  const names = columnNames(table.header);
  const rows = table.records.map((record) => ({ where: `Line ${record.line}`, cells: Object.fromEntries(names.map((name, i) => [name, record.fields[i] ?? ''])) }));
  return {
    format: 'csv',
    sourceTool: '',
    sourceKey: `csv:${names.map((n) => n.toLowerCase()).join('|')}`,
    columns: withSamples(names.map((name) => ({ name, kind: 'text' })), rows),
    rows,
    structure: null,
    warnings: [],
  };
}

function fromReqif(fileName: string, xml: string): ImportSource {
  let table;
  try {
    table = readReqif(xml);
  } catch (error) {
    if (error instanceof ReqifError) fail(fileName, error.message);
    throw error;
  }
  const rows = table.rows.map((row) => ({ where: `SPEC-OBJECT "${row.identifier}"`, cells: row.cells }));
  const names = table.columns.map((c) => c.name);
  return {
    format: 'reqif',
    sourceTool: table.sourceTool,
    sourceKey: `reqif:${table.sourceTool.toLowerCase()}:${[...names].sort().join('|').toLowerCase()}`,
    columns: withSamples(table.columns, rows),
    rows,
    structure: { places: table.rows.map((row) => ({ key: row.identifier, parent: row.parent, document: row.specification })), relations: table.relations },
    warnings: table.warnings,
  };
}

/** Reads a CSV, ReqIF or ReqIF-zip file, chosen by its extension or, failing that, by its first bytes. */
export function readImportSource(fileName: string, bytes: Uint8Array): ImportSource {
  const lower = fileName.toLowerCase();
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
