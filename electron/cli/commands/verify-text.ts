import { readFileSync } from 'node:fs';
import type { ChainReport } from '../../../shared/api/audit-types';
import { CliFailure } from '../output';

/** `cairn verify` for people: the chain's verdict, then one line per problem naming table, record and what differs. */
export function verifyText(report: ChainReport): string {
  if (report.firstBroken) {
    return `Audit trail BROKEN at row ${report.firstBroken.seq}: ${report.firstBroken.reason} (${report.checked} rows before it verified).`;
  }
  if (report.ok) return `Audit trail intact: ${report.checked} rows verified; every record matches the trail.`;
  return [
    `Audit trail chain holds (${report.checked} rows), but ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} found:`,
    ...report.problems.map((p) => `  ${p.table} ${p.record}: ${p.detail}`),
  ].join('\n');
}

/** `--anchor <pdf>`: an unreadable file is bad input (exit 2), not a failed check. */
export function readAnchorPdf(path: string): string {
  try {
    return readFileSync(path).toString('base64');
  } catch (error) {
    throw CliFailure.usage(`--anchor ${path}: ${(error as Error).message}`);
  }
}
