import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../electron/core/import/csv';

/** Where Cairn's own records live in the repository. */
export const RECORDS_DIR = 'test/validation';

/** One CSV of the records as objects keyed by its header. */
export function readRecords(root: string, file: string): Record<string, string>[] {
  let table;
  try {
    table = parseCsv(readFileSync(join(root, RECORDS_DIR, file), 'utf8'));
  } catch (error) {
    throw new Error(`${RECORDS_DIR}/${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return table.records.map((record) => Object.fromEntries(table.header.map((name, index) => [name, record.fields[index] ?? ''])));
}

/** A list cell such as "User interface; Core" or "REQ-1, REQ-2". */
export function listCell(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Every `[TC-n]` tag in a source file, as the JUnit names will carry them. */
export function caseTagsIn(source: string): string[] {
  return [...new Set([...source.matchAll(/\[(TC-\d+)\]/g)].map((match) => match[1] ?? ''))];
}
