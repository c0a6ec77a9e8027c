import { basename } from 'node:path';
import type { ImportMapping } from '../../../shared/api/requirements-types';
import { IMPORT_FIELDS } from '../../../shared/requirements/mapping';
import type { CliCore } from '../cli-core';
import { CliFailure } from '../output';
import { readOrRefuse, type ImportOptions } from './import-kind';

export const isWorkbook = (file: string) => file.toLowerCase().endsWith('.xlsx');

/** The file as the import methods take it; `--sheet` picks a workbook's sheet. */
export function importInput(file: string, options: ImportOptions) {
  return { fileName: basename(file), base64: readOrRefuse(file, 'file').toString('base64'), ...(options.sheet ? { sheet: options.sheet } : {}) };
}

/** A mapping file: a JSON object from field names (text, title, humanId …) to column names. */
function readMapping(path: string): ImportMapping {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readOrRefuse(path, 'mapping file').toString('utf8'));
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw CliFailure.usage(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw CliFailure.usage(`${path} must hold an object such as {"text": "Description"}.`);
  for (const [field, column] of Object.entries(parsed)) {
    if (!(IMPORT_FIELDS as readonly string[]).includes(field)) throw CliFailure.usage(`${path}: "${field}" is not a requirement field (${IMPORT_FIELDS.join(', ')}).`);
    if (typeof column !== 'string') throw CliFailure.usage(`${path}: the column for "${field}" must be text.`);
  }
  return parsed as ImportMapping;
}

/** `cairn import <project> requirements <file>`: maps columns by header names unless a mapping file says otherwise. */
export async function importRequirements(cli: CliCore, file: string, options: ImportOptions) {
  const input = importInput(file, options);
  // A workbook is read by the preview, so it is previewed even when a mapping file is given.
  const preview = !options.mapping || isWorkbook(file) ? await cli.call('requirements.previewImport', input) : null;
  const mapping = options.mapping ? readMapping(options.mapping) : (preview?.mapping ?? {});
  const result = await cli.call('requirements.import', { ...input, mapping });
  const structure = result.format === 'reqif' ? `; ${result.sections} section(s), ${result.relations} relation(s)` : '';
  const human = [
    `Imported ${input.fileName}${preview?.sheet ? ` (sheet "${preview.sheet}")` : ''}: ${result.added} added, ${result.updated} updated, ${result.unchanged} unchanged, ${result.skipped} skipped (${result.rows} rows)${structure}.`,
    ...(options.mapping ? [] : (preview?.notes ?? []).map((n) => `  mapping: ${n}`)),
    ...result.skippedReasons.map((r) => `  skipped: ${r}`),
    ...result.warnings.map((w) => `  warning: ${w}`),
  ].join('\n');
  return { value: result, human };
}
