import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { CairnError } from '../errors';

export type Db = Database.Database;

/** Marks a SQLite file as a Cairn project ("CAIR"), so a stray database is refused with a clear message. */
export const CAIRN_APPLICATION_ID = 0x43414952;

const SQLITE_MAGIC = 'SQLite format 3\0';

/** Where the better-sqlite3 binary lives when it is not the one in node_modules (Electron build). */
let nativeBinding: string | undefined;
export function useNativeBinding(path: string): void {
  nativeBinding = path;
}

function connect(path: string, fileMustExist: boolean, readonly = false): Db {
  const db = new Database(path, { fileMustExist, readonly, ...(nativeBinding ? { nativeBinding } : {}) });
  // WAL + FULL: a commit is durable once acknowledged and a crash at any instant leaves the last commit.
  // A reader (the background integrity check) finds the file in WAL already and writes nothing.
  if (!readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Freed pages are zeroed, so a replaced private key or password hash does not linger in the file.
  db.pragma('secure_delete = ON');
  return db;
}

/** Creates a new, empty project database. Refuses to touch an existing file. */
export function createDatabase(path: string): Db {
  if (existsSync(path)) throw new CairnError('file_exists', `A file already exists at ${path}.`, 'path');
  const db = connect(path, false);
  db.pragma(`application_id = ${CAIRN_APPLICATION_ID}`);
  return db;
}

function looksLikeSqlite(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    const read = readSync(fd, head, 0, 16, 0);
    return read === 16 && head.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

/** SQLite's own words for a file that is not a database, or a damaged one. */
const DAMAGED = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

/** Opens an existing project database, refusing anything that is not a Cairn project; `readonly` for a second, reading connection. */
export function openDatabase(path: string, { readonly = false }: { readonly?: boolean } = {}): Db {
  if (!existsSync(path)) throw new CairnError('file_not_found', `No file at ${path}.`, 'path');
  if (!statSync(path).isFile()) throw new CairnError('not_a_project', `${path} is a folder, not a Cairn project file.`, 'path');
  if (!looksLikeSqlite(path)) {
    throw new CairnError('not_a_project', `${path} is not a Cairn project file.`, 'path');
  }
  let db: Db | undefined;
  try {
    db = connect(path, true, readonly);
    if (db.pragma('application_id', { simple: true }) !== CAIRN_APPLICATION_ID) {
      throw new CairnError('not_a_project', `${path} is an SQLite database but not a Cairn project file.`, 'path');
    }
    return db;
  } catch (error) {
    db?.close();
    if (DAMAGED.has(String((error as { code?: unknown }).code))) {
      throw new CairnError('not_a_project', `${path} is damaged or is not a Cairn project file (${(error as Error).message}). Restore it from a backup.`, 'path');
    }
    throw error;
  }
}
