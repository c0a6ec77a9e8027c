import type Database from 'better-sqlite3-multiple-ciphers';
import { openProjectDb } from './project-db';
import { createHash } from 'node:crypto';

/** The tables whose content is the project's memory; audit_head included so a moved head shows. */
export const RECORD_TABLES = ['project', 'user', 'audit_log', 'audit_head', 'schema_migrations'] as const;

/** Reads a project file the way an outside client would: its own connection, read-only. */
export function withReadOnly<T>(file: string, read: (db: Database.Database) => T): T {
  const db = openProjectDb(file);
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
    // Table names come from the constant list above, never from input.
    for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().iterate()) {
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
