import type Database from 'better-sqlite3-multiple-ciphers';
import { openProjectDb } from './project-db';
import { copyFileSync } from 'node:fs';

/** The audit_log columns a tamperer might edit, each with a plausible forged value for a row. */
export const TAMPERABLE_COLUMNS = [
  'seq',
  'at',
  'user_id',
  'user_name',
  'method',
  'action',
  'entity',
  'entity_id',
  'summary',
  'before_json',
  'after_json',
  'prev_hash',
  'hash',
] as const;
export type TamperableColumn = (typeof TAMPERABLE_COLUMNS)[number];

/** Flips the last hex digit: the forged hash keeps the format of a real one. */
function flipHex(hash: string): string {
  const last = hash.at(-1) === '0' ? '1' : '0';
  return `${hash.slice(0, -1)}${last}`;
}

function forged(column: TamperableColumn, value: unknown): string | number | null {
  if (column === 'seq') return Number(value) + 1000;
  if (column === 'user_id') return value === null ? 1 : Number(value) + 1;
  if (column === 'at') return new Date(Date.parse(String(value)) - 1000).toISOString();
  if (column === 'prev_hash' || column === 'hash') return flipHex(String(value));
  if (column === 'before_json' || column === 'after_json') return value === null ? '{"forged":true}' : String(value).replace('}', ',"forged":true}');
  return value === null ? 'forged' : `${String(value)} (forged)`;
}

/**
 * Opens `file` as an outside client would (its own connection, no Cairn code), drops the append-only
 * triggers as a tamperer would, and runs `edit`. Returns how many rows the edit changed.
 */
export function tamperWith(file: string, edit: (db: Database.Database) => number): number {
  const db = openProjectDb(file);
  try {
    db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
    return edit(db);
  } finally {
    db.close();
  }
}

/** Copies the untampered project and changes one column of one audit row in the copy. */
export function forgeColumn(pristine: string, copy: string, seq: number, column: TamperableColumn): number {
  copyFileSync(pristine, copy);
  return tamperWith(copy, (db) => {
    // Column names come from TAMPERABLE_COLUMNS, never from input.
    const value: unknown = db.prepare(`SELECT ${column} FROM audit_log WHERE seq = ?`).pluck().get(seq);
    return db.prepare(`UPDATE audit_log SET ${column} = ? WHERE seq = ?`).run(forged(column, value), seq).changes;
  });
}

/** Copies the untampered project and deletes one audit row from the copy. */
export function deleteRow(pristine: string, copy: string, seq: number): number {
  copyFileSync(pristine, copy);
  return tamperWith(copy, (db) => db.prepare('DELETE FROM audit_log WHERE seq = ?').run(seq).changes);
}

/** Every trigger in the file: an attacker drops them all before editing, since they only guard the app's own writes. */
export function dropAllTriggers(db: Database.Database): void {
  for (const name of db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger'").pluck().all() as string[]) {
    db.exec(`DROP TRIGGER "${name.replace(/"/g, '""')}"`);
  }
}

/** Copies the project and applies `sql` to the copy with every trigger dropped first, as a tamperer would. */
export function tamperCopy(pristine: string, copy: string, edit: (db: Database.Database) => void): void {
  copyFileSync(pristine, copy);
  const db = openProjectDb(copy);
  try {
    dropAllTriggers(db);
    edit(db);
  } finally {
    db.close();
  }
}
