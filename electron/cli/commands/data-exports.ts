import { writeFileSync } from 'node:fs';
import type { CliCore } from '../cli-core';
import { CliFailure } from '../output';

/** A file the core exported, written to `out`, with what was written for people and for scripts. */
export function saveExport(out: string, format: string, exported: { base64: string; count: number }, noun: string) {
  const bytes = Buffer.from(exported.base64, 'base64');
  writeFileSync(out, bytes);
  return {
    value: { out, format, count: exported.count, bytes: bytes.length },
    human: `Wrote ${out}: ${exported.count} ${noun} as ${format.toUpperCase()} (${bytes.length} bytes).`,
  };
}

/** The --format given (lower case), the first allowed when none is, or a usage error naming the choices. */
export function chosenFormat(format: string | undefined, allowed: readonly string[], what: string): string {
  const chosen = (format ?? allowed[0] ?? '').toLowerCase();
  if (!allowed.includes(chosen)) throw CliFailure.usage(`--format for ${what} must be ${allowed.join(' or ')}, not "${format}".`);
  return chosen;
}

/** `cairn export <project> risks --format csv|xlsx --out <file>`: the table `cairn import … risks` reads back. */
export async function exportRisksFile(cli: CliCore, format: string | undefined, out: string) {
  const chosen = chosenFormat(format, ['csv', 'xlsx'], 'risks');
  const exported = chosen === 'xlsx' ? await cli.call('risk.exportXlsx', {}) : await cli.call('risk.exportCsv', {});
  return saveExport(out, chosen, exported, 'risk chain(s)');
}

/** `cairn export <project> soup --format xlsx --out <file>`: the SOUP list as a workbook. */
export async function exportSoupFile(cli: CliCore, format: string | undefined, out: string) {
  const chosen = chosenFormat(format, ['xlsx'], 'soup');
  return saveExport(out, chosen, await cli.call('soup.exportXlsx', {}), 'SOUP item(s)');
}

/** `cairn export <project> trace --format xlsx --out <file>`: the trace matrix as a workbook. */
export async function exportTraceFile(cli: CliCore, format: string | undefined, out: string) {
  const chosen = chosenFormat(format, ['xlsx'], 'trace');
  return saveExport(out, chosen, await cli.call('trace.exportXlsx', {}), 'requirement row(s)');
}
