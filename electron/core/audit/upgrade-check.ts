import type { ChainReport } from '../../../shared/api/audit-types';
import { pendingMigrations, type Migration } from '../db/migrations';
import { CairnError } from '../errors';
import { openProjectForReading } from '../projects/open-project';
import { checkIntegrity, firstProblem, tamperingIn } from './integrity-check';

/**
 * Before a project file is upgraded, it is checked as it is, over a read-only connection, so nothing is
 * written to it: an upgrade records every row's state anew (its baseline), which would otherwise absorb
 * an edit made outside Cairn into a trail that then vouches for it. Files made before 0018 keep no row
 * states, so only their chain can be checked.
 */
export function requireIntactBeforeUpgrade(path: string, migrations: Migration[], key: Buffer | null): void {
  const project = openProjectForReading(path, key);
  let report: ChainReport;
  try {
    if (pendingMigrations(project.db, migrations).length === 0) return;
    report = project.audit.recordsRowStates() ? tamperingIn(checkIntegrity(project)) : { ...project.audit.verify(), problems: [] };
  } finally {
    project.close();
  }
  if (report.ok) return;
  throw new CairnError(
    'integrity_failed',
    `This project file needs an upgrade, but as it is it fails its integrity check — ${firstProblem(report)}. It was left untouched: an upgrade must not absorb changes made outside Cairn. Restore it from a backup.`,
    'path',
  );
}
