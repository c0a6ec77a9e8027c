import Database from 'better-sqlite3-multiple-ciphers';
import { chmodSync, closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { CairnError } from '../errors';
import { sealProjectFile, WAL_KEPT_BYTES } from '../projects/project-seal';

export type Db = Database.Database;

/** Marks a SQLite file as a Cairn project ("CAIR"), so a stray database is refused with a clear message. */
export const CAIRN_APPLICATION_ID = 0x43414952;

const SQLITE_MAGIC = 'SQLite format 3\0';

/** Where the better-sqlite3 binary lives when it is not the one in node_modules (Electron build). */
let nativeBinding: string | undefined;
export function useNativeBinding(path: string): void {
  nativeBinding = path;
}

/**
 * THE way every connection to a project file is made (the app's, the CLI's, the host's, a second writer's,
 * the background integrity check's): with `key`, sqlite3mc's ChaCha20-Poly1305 is set before any other
 * statement, and only Cairn's seals checkpoint (see projects/key-envelope.ts: an automatic checkpoint would
 * cut the key slots off the end of the file).
 */
function connect(path: string, fileMustExist: boolean, key: Buffer | null, readonly = false): Db {
  const db = new Database(path, { fileMustExist, readonly, ...(nativeBinding ? { nativeBinding } : {}) });
  if (key) {
    db.pragma(`cipher = 'chacha20'`);
    // A raw 32-byte key (hex blob) skips sqlite3mc's own password KDF: the key is already random.
    db.pragma(`key = "x'${key.toString('hex')}'"`);
    db.pragma('wal_autocheckpoint = 0');
    // SQLite reuses a checkpointed WAL without shrinking it; the seal threshold reads the WAL's size, so
    // without this limit one large WAL would make every later mutation seal (two connections, fsyncs).
    db.pragma(`journal_size_limit = ${WAL_KEPT_BYTES}`);
  }
  // WAL + FULL: a commit is durable once acknowledged and a crash at any instant leaves the last commit.
  // A reader (the background integrity check) finds the file in WAL already and writes nothing.
  if (!readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Freed pages are zeroed, so a replaced private key or password hash does not linger in the file.
  db.pragma('secure_delete = ON');
  // Temporary tables, sorts and statement journals stay in memory: no plain-text temporary file beside an
  // encrypted project, and the row ledger's notes (one per changed row, audit/row-ledger.ts) cost half as
  // much as in a file-backed temporary database (10k imported requirements: ~250 ms less CPU).
  db.pragma('temp_store = MEMORY');
  return db;
}

/** Creates a new, empty project database (encrypted under `key` unless it is null), readable by its owner only. */
export function createDatabase(path: string, key: Buffer | null): Db {
  if (existsSync(path)) throw new CairnError('file_exists', `A file already exists at ${path}.`, 'path');
  const db = connect(path, false, key);
  db.pragma(`application_id = ${CAIRN_APPLICATION_ID}`);
  chmodSync(path, 0o600);
  return db;
}

/** Whether the file starts with SQLite's plain header (an unencrypted database). */
export function looksLikeSqlite(path: string): boolean {
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

/** The refusal for an encrypted file the given key does not open: SQLite cannot tell the two apart. */
export const WRONG_KEY_MESSAGE = 'Wrong password or not a Cairn project.';

/**
 * Opens an existing project database, refusing anything that is not a Cairn project. `key` is the
 * project key of an encrypted file, null for a plain one; `readonly` for a second, reading connection.
 * Closing an encrypted file's writing connection seals it first (checkpoint, key envelope rewritten;
 * projects/project-seal.ts), so no connection anywhere can leave the file without its key slots by
 * closing last (a read-only one never checkpoints).
 */
export function openDatabase(path: string, key: Buffer | null = null, { readonly = false }: { readonly?: boolean } = {}): Db {
  const db = openChecked(path, key, readonly);
  if (!key || readonly) return db;
  sealKeys.set(db, key);
  const close = db.close.bind(db);
  db.close = () => {
    // A file deleted or moved away while open has nothing left at its path to seal (the seal reopens the
    // file by path): the connection still closes, so the project can be closed and another opened.
    const sealKey = sealKeys.get(db);
    try {
      if (sealKey && db.open && !db.inTransaction && existsSync(path)) sealProject(path, sealKey);
    } finally {
      close();
    }
    return db;
  };
  return db;
}

/** The key each writing connection's closing seal uses: the file's key, until a rekey replaces it. */
const sealKeys = new WeakMap<Db, Buffer>();

/**
 * Re-encrypts every page of an open database under `key` (sqlite3mc's rekey; a plain database becomes
 * encrypted). sqlite3mc rekeys only in a rollback-journal transaction, so the journal mode goes to DELETE
 * and back to WAL around it, which needs the only connection to the file. The closing seal then uses `key`.
 */
export function rekeyDatabase(db: Db, key: Buffer): void {
  db.pragma('journal_mode = DELETE');
  db.pragma(`cipher = 'chacha20'`);
  db.pragma(`rekey = "x'${key.toString('hex')}'"`);
  db.pragma('journal_mode = WAL');
  if (sealKeys.has(db)) sealKeys.set(db, key);
}

/**
 * Closes without the closing seal, for a connection whose file has just been replaced at its path by a
 * rekeyed copy (projects/rekey-project.ts): sealing would write the old key's slots onto the new file.
 */
export function closeUnsealed(db: Db): void {
  sealKeys.delete(db);
  db.close();
}

/** Checkpoints an encrypted file and rewrites its key envelope; the fingerprint sealed, or null when busy. */
export function sealProject(path: string, key: Buffer): string | null {
  return sealProjectFile(path, key, () => openChecked(path, key));
}

function openChecked(path: string, key: Buffer | null, readonly = false): Db {
  if (!existsSync(path)) throw new CairnError('file_not_found', `No file at ${path}.`, 'path');
  if (!statSync(path).isFile()) throw new CairnError('not_a_project', `${path} is a folder, not a Cairn project file.`, 'path');
  if (!key && !looksLikeSqlite(path)) {
    throw new CairnError('not_a_project', `${path} is not a Cairn project file.`, 'path');
  }
  let db: Db | undefined;
  try {
    db = connect(path, true, key, readonly);
    if (db.pragma('application_id', { simple: true }) !== CAIRN_APPLICATION_ID) {
      throw new CairnError('not_a_project', `${path} is an SQLite database but not a Cairn project file.`, 'path');
    }
    return db;
  } catch (error) {
    db?.close();
    if (key && DAMAGED.has(String((error as { code?: unknown }).code))) {
      throw new CairnError('wrong_password', WRONG_KEY_MESSAGE, 'password');
    }
    if (DAMAGED.has(String((error as { code?: unknown }).code))) {
      throw new CairnError('not_a_project', `${path} is damaged or is not a Cairn project file (${(error as Error).message}). Restore it from a backup.`, 'path');
    }
    throw error;
  }
}
