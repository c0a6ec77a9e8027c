import { writeFileSync } from 'node:fs';
import type { CliCore } from '../cli-core';
import { CliFailure } from '../output';

/** `cairn export <project> risks --format csv --out <file>`, called from the export command: the table `cairn import … risks` reads back. */
export async function exportRisksFile(cli: CliCore, format: string | undefined, out: string) {
  const chosen = (format ?? 'csv').toLowerCase();
  if (chosen !== 'csv') throw CliFailure.usage(`--format for risks must be csv, not "${format}".`);
  const exported = await cli.call('risk.exportCsv', {});
  const bytes = Buffer.from(exported.base64, 'base64');
  writeFileSync(out, bytes);
  return { value: { out, format: chosen, count: exported.count, bytes: bytes.length }, human: `Wrote ${out}: ${exported.count} risk chain(s) as CSV (${bytes.length} bytes).` };
}
