import type { OpenProject } from '../projects/open-project';
import type { Actor, AuditEntry } from './audit-repo';

/**
 * Runs `change` and appends the audit rows it reports in one transaction: either both land or neither.
 * A change that reports nothing is refused, so no mutation can slip past the audit trail.
 * The transaction is IMMEDIATE: it takes the write lock at BEGIN, where SQLite's busy timeout waits for
 * another writer (the CLI beside the app). A deferred one would upgrade its read lock mid-way, and
 * SQLite refuses that at once with "database is locked" instead of waiting.
 */
export function writeAudited<T>(project: OpenProject, actor: Actor, method: string, at: string, change: (audit: (entry: AuditEntry) => void) => T): T {
  return project.db
    .transaction(() => {
      const entries: AuditEntry[] = [];
      const result = change((entry) => entries.push(entry));
      if (result instanceof Promise) throw new Error(`${method}: a mutation must finish inside its transaction.`);
      if (entries.length === 0) throw new Error(`${method}: a mutation must leave at least one audit row.`);
      project.audit.append(entries, actor, method, at);
      return result;
    })
    .immediate();
}
