import type Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { openProjectReader } from './project-db';

/** The tables whose content is the project's memory; audit_head included so a moved head shows. */
export const RECORD_TABLES = ['project', 'user', 'audit_log', 'audit_head', 'schema_migrations'] as const;

/** Reads a project file the way an outside client would: its own connection, read-only (it never seals). */
export function withReadOnly<T>(file: string, read: (db: Database.Database) => T): T {
  const db = openProjectReader(file);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** SHA-256 over every row of the given tables in primary-key order: equal digests mean equal content. */
export function tableDigest(db: Database.Database, tables: readonly string[] = RECORD_TABLES): string {
  const hash = createHash('sha256');
  for (const table of tables) {
    hash.update(`\u0001${table}\u0001`);
    // Table names come from the constant list above, never from input. The audit trail is taken by its
    // chain hashes: each commits to its row's content and to every row before it, and audit.verify
    // recomputes them, so hashing whole rows again would only cost time as the trail grows.
    const columns = table === 'audit_log' ? 'seq, hash' : '*';
    for (const row of db.prepare(`SELECT ${columns} FROM "${table}" ORDER BY rowid`).raw().iterate()) {
      hash.update(JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value)));
    }
  }
  return hash.digest('hex');
}

export function auditCount(db: Database.Database): number {
  return db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
}

export interface AuditRowLite {
  seq: number;
  method: string;
  action: string;
  user_name: string | null;
}

/** The rows after `seq`, oldest first. */
export function auditRowsAfter(db: Database.Database, seq: number): AuditRowLite[] {
  return db.prepare('SELECT seq, method, action, user_name FROM audit_log WHERE seq > ? ORDER BY seq').all(seq) as AuditRowLite[];
}

/**
 * What the file system says about a project file and its write-ahead log: every commit appends to the log
 * (Cairn never checkpoints on its own; a seal rewrites the file), so an equal stamp means nothing was written.
 */
function fileStamp(file: string): string {
  return [file, `${file}-wal`]
    .map((path) => {
      const stat = statSync(path, { throwIfNoEntry: false, bigint: true });
      return stat ? `${stat.size}:${stat.mtimeNs}:${stat.ino}` : '-';
    })
    .join('|');
}

/**
 * `read` over a read-only connection, answered from the last result while the file's stamp is unchanged:
 * a test that looks after every call (thousands of calls, most of them refused) opens the file only when
 * something was written. A changed stamp always reads again, so the answer is the same as reading every time.
 */
export function memoReader<T>(file: string, read: (db: Database.Database) => T): () => T {
  let last: { stamp: string; value: T } | undefined;
  return () => {
    const stamp = fileStamp(file);
    if (last?.stamp !== stamp) last = { stamp, value: withReadOnly(file, read) };
    return last.value;
  };
}
