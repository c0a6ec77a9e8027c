import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CairnError } from '../errors';
import { isBusyError } from './busy';
import type { Db } from './connection';

export interface Migration {
  /** The file name without `.sql`, e.g. `0001_init`. */
  id: string;
  sql: string;
  checksum: string;
}

const FILE_PATTERN = /^(\d{4})_[a-z0-9_]+\.sql$/;

export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n'), 'utf8').digest('hex');
}

/** Reads the numbered migration files in order; a gap or a duplicate number is a packaging error. */
export function loadMigrations(dir: string): Migration[] {
  const files = readdirSync(dir)
    .filter((f) => FILE_PATTERN.test(f))
    .sort();
  return files.map((file, index) => {
    const number = Number(file.slice(0, 4));
    if (number !== index + 1) {
      throw new Error(`Migration files must be numbered 0001, 0002, … without gaps; found ${file} at place ${index + 1}.`);
    }
    const sql = readFileSync(join(dir, file), 'utf8');
    return { id: file.slice(0, -4), sql, checksum: checksumOf(sql) };
  });
}

interface AppliedRow {
  id: string;
  checksum: string;
}

function appliedMigrations(db: Db): AppliedRow[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  return db.prepare('SELECT id, checksum FROM schema_migrations ORDER BY id').all() as AppliedRow[];
}

/**
 * Which known migrations a file still needs. The applied list must be a prefix of the known list with
 * matching checksums: anything else means a newer Cairn wrote the file, or a migration was edited after
 * release — both would corrupt data if we went on.
 */
export function pendingMigrations(db: Db, known: Migration[]): Migration[] {
  const applied = appliedMigrations(db);
  applied.forEach((row, i) => {
    const mine = known[i];
    if (!mine || mine.id !== row.id) {
      throw new CairnError(
        'project_newer_than_app',
        `This project was saved by a newer version of Cairn (it has migration ${row.id}, which this version does not know). Update Cairn to open it.`,
        'path',
      );
    }
    if (mine.checksum !== row.checksum) {
      throw new CairnError(
        'migration_edited',
        `Migration ${row.id} in this project differs from the one shipped with this version of Cairn; refusing to open it so no data is damaged.`,
        'path',
      );
    }
  });
  return known.slice(applied.length);
}

/** Applies each pending migration in its own transaction and records it. */
export function applyMigrations(db: Db, pending: Migration[], now: () => string): void {
  const record = db.prepare('INSERT INTO schema_migrations (id, checksum, applied_at) VALUES (?, ?, ?)');
  for (const migration of pending) {
    try {
      db.transaction(() => {
        db.exec(migration.sql);
        record.run(migration.id, migration.checksum, now());
      }).immediate();
    } catch (error) {
      // Another program writing the file is no failed migration: the caller is told to try again.
      if (isBusyError(error)) throw error;
      throw new CairnError('migration_failed', `Migration ${migration.id} failed and was rolled back: ${(error as Error).message}`, 'path');
    }
  }
}
