import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';

/**
 * A statement prepared on first use, then reused. Repositories are built when a project opens, and
 * preparing against a table a migration has not created yet would fail there rather than where it is used.
 */
export function lazyStatement(db: Db, sql: string): () => Statement {
  let statement: Statement | undefined;
  return () => (statement ??= db.prepare(sql));
}
