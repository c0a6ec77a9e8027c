import { openTestProject } from './project-db';

/**
 * Fixtures that seed another area's tables with plain SQL declare those rows to the audit trail the way
 * a schema upgrade declares reshaped rows: one baseline entry recording every row as it stands. Without
 * it the integrity check rightly reports them as edits made outside Cairn, and signing is refused.
 */
export function declareSeededRows(path: string): void {
  const project = openTestProject(path);
  try {
    project.audit.baseline(
      { action: 'baseline', entity: 'project', entityId: 1, summary: 'Test fixture: rows written straight into the file' },
      'test.seed',
      new Date().toISOString(),
    );
  } finally {
    project.close();
  }
}
