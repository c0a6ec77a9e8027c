import type { RiskImportMapping } from '../../../shared/api/risk-types';
import type { CliCore } from '../cli-core';
import { CliFailure } from '../output';
import { readOrRefuse, type ImportOptions } from './import-kind';
import { importInput, isWorkbook } from './import-requirements';

/** A mapping file as JSON; field names and columns are checked by the core, which names the field at fault. */
function readRiskMapping(path: string): RiskImportMapping {
  try {
    return JSON.parse(readOrRefuse(path, 'mapping file').toString('utf8')) as RiskImportMapping;
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw CliFailure.usage(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** `cairn import <project> risks <file.csv|file.xlsx>`: columns mapped by header names unless a mapping file says otherwise. */
export async function importRisks(cli: CliCore, file: string, options: ImportOptions) {
  const input = importInput(file, options);
  // A workbook is read by the preview, so it is previewed even when a mapping file is given.
  const preview = !options.mapping || isWorkbook(file) ? await cli.call('risk.previewImport', input) : null;
  const mapping = options.mapping ? readRiskMapping(options.mapping) : (preview?.mapping ?? {});
  const result = await cli.call('risk.import', { ...input, mapping });
  const human = `Imported ${input.fileName}: ${result.chains} risk chain(s); new ${result.hazards} hazard(s), ${result.situations} hazardous situation(s), ${result.harms} harm(s), ${result.controls} risk control(s).`;
  return { value: result, human };
}
