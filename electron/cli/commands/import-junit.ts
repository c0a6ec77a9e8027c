import { basename } from 'node:path';
import type { CliCore } from '../cli-core';
import { CliFailure } from '../output';
import { readOrRefuse, type ImportOptions } from './import-kind';

/** `cairn import <project> junit <file.xml> --version <v>`: one completed run of that version. */
export async function importJunit(cli: CliCore, file: string, options: ImportOptions) {
  if (!options.version) throw CliFailure.usage('A JUnit import needs --version <v>: the software version the tests ran against.');
  const result = await cli.call('tests.importJunit', {
    fileName: basename(file),
    base64: readOrRefuse(file, 'file').toString('base64'),
    softwareVersion: options.version,
    environment: options.environment ?? '',
    tools: options.tools ?? '',
  });
  const mapped = result.mapped.id + result.mapped.requirement + result.mapped.saved;
  const unmapped = result.tests - mapped;
  const human = [
    `Imported ${result.fileName} as ${result.run.humanId} for version ${result.run.softwareVersion}: ${result.tests} tests — ${mapped} mapped, ${unmapped} unmapped, ${result.failed + result.errors} failed (${result.errors} of them errors), ${result.skipped} skipped.`,
    `  mapped by [TC-n]: ${result.mapped.id}, by requirement property: ${result.mapped.requirement}, by saved name: ${result.mapped.saved}`,
    ...result.unmappedNames.map((n) => `  unmapped: ${n}`),
  ].join('\n');
  return { value: result, human };
}
