import { basename } from 'node:path';
import type { RiskImportMapping } from '../../../shared/api/risk-types';
import type { CliCore } from '../cli-core';
import { CliFailure } from '../output';
import { readOrRefuse, type ImportOptions } from './import-kind';

/** A mapping file as JSON; field names and columns are checked by the core, which names the field at fault. */
function readRiskMapping(path: string): RiskImportMapping {
  try {
    return JSON.parse(readOrRefuse(path, 'mapping file').toString('utf8')) as RiskImportMapping;
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw CliFailure.usage(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** `cairn import <project> risks <file.csv>`: columns mapped by header names unless a mapping file says otherwise. */
export async function importRisks(cli: CliCore, file: string, options: ImportOptions) {
  const input = { fileName: basename(file), base64: readOrRefuse(file, 'file').toString('base64') };
  const mapping = options.mapping ? readRiskMapping(options.mapping) : (await cli.call('risk.previewImport', input)).mapping;
  const result = await cli.call('risk.import', { ...input, mapping });
  const human = `Imported ${input.fileName}: ${result.chains} risk chain(s); new ${result.hazards} hazard(s), ${result.situations} hazardous situation(s), ${result.harms} harm(s), ${result.controls} risk control(s).`;
  return { value: result, human };
}
