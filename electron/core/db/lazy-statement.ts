import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from './connection';

/**
 * A statement prepared on first use, then reused. Repositories are built when a project opens, and
 * preparing against a table a migration has not created yet would fail there rather than where it is used.
 */
export function lazyStatement(db: Db, sql: string): () => Statement {
  let statement: Statement | undefined;
  return () => (statement ??= db.prepare(sql));
}

/**
 * Statements by their SQL, each prepared the first time it is asked for: for repositories whose methods
 * run once per imported record, where preparing on every call would dominate.
 */
export function statementCache(db: Db): (sql: string) => Statement {
  const statements = new Map<string, Statement>();
  return (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
}
