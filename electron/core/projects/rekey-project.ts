import { chmodSync, closeSync, copyFileSync, fsyncSync, openSync, renameSync, rmSync, truncateSync } from 'node:fs';
import { dirname } from 'node:path';
import { isBusyError } from '../db/busy';
import { closeUnsealed, openDatabase, rekeyDatabase, type Db } from '../db/connection';
import { CairnError } from '../errors';
import { readTrailer, sideCopyPath } from './key-envelope';
import { OpenProject } from './open-project';

/**
 * Replacing the project key of an encrypted file, when a member is deactivated.
 *
 * Why: removing a deactivated member's slot is not enough. They knew the project key (any member's
 * password unwraps it), and that key, an old copy of the file, their old slot or the old recovery key
 * would open every later version of the file. So deactivation draws a new random key, re-encrypts every
 * page under it, and seals an envelope that holds one slot per remaining active member; the new recovery
 * key is shown once to the owner who deactivated (the old one opens nothing written from then on).
 *
 * How the remaining members keep access without anyone typing their password: a slot's wrapping key is
 * derived from the member's stored password hash (key-slots.ts, passwords.ts), which the session that
 * re-keys can read. Of the ways considered, this is the one that needs nothing from the other members:
 * - re-wrapping each slot at its member's next sign-in (a pending re-key) would leave them unable to open
 *   the file in between, or keep the old key alive for them, which is what the re-key is meant to end;
 * - re-keying by the owner with the recovery key alone has the same gap for everyone else;
 * - the stored-hash derivation re-wraps every slot at once, in the same step as the re-key.
 * Its limit, stated plainly: a member who, while active, read the decrypted user table (the password
 * hashes of the others) can derive those members' slot keys, and so the new key from the new envelope,
 * until those members change their passwords. Closing that too needs slot keys that only a password
 * gives (not the stored hash) and a per-member key pair, so a re-key can seal the new key to each
 * member's public key; it is a larger change of the slot format, left for later.
 *
 * Crash safety: the work is done on a copy that replaces the file by rename only once it is complete and
 * sealed, as encrypting a plain file does (encrypt-project.ts). Until the rename the file at `path` is the
 * old one, whole and openable with the old key; after it, the new one. Meanwhile the live connection
 * holds the file in rollback-journal mode under an exclusive lock, so no other process can open and
 * write the old file while it is being replaced (its writes would be lost with the old inode); if
 * another process already has it open, the switch out of WAL is refused and nothing is changed.
 */

/** The leftovers of an interrupted re-key next to `working`; each attempt starts by removing them. */
function leftoversOf(working: string): string[] {
  return [working, `${working}-wal`, `${working}-shm`, `${working}-journal`, sideCopyPath(working)];
}

/** The copy a re-key builds beside the project file. */
export function rekeyWorkingPath(path: string): string {
  return `${path}.rekeying`;
}

/**
 * Makes the rename of the copy over the file durable (the directory entry is what changed). Best effort:
 * the rename has happened, and a rename lost to a power cut leaves the old file, which still opens.
 */
function syncFolder(path: string): void {
  try {
    const fd = openSync(dirname(path), 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // See above: nothing to undo.
  }
}

/** The size of the database itself (its page count times its page size), whatever lies after it in the file. */
function databaseBytes(db: Db): number {
  return (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
}

/** The refusal when another connection (another Cairn, a CLI, sqlite3mc) has the file open. */
const NOT_ALONE = 'Another program has this project file open, so its key cannot be replaced now; close it there and try again.';

/**
 * Leaves WAL for rollback-journal mode, which SQLite allows only to the file's sole connection. Tried at
 * once, not after the usual busy wait: what holds the file open is another program, not a short write.
 */
function requireSoleConnection(db: Db): void {
  const wait = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    if (db.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') throw new CairnError('project_busy', NOT_ALONE);
  } catch (error) {
    if (isBusyError(error)) throw new CairnError('project_busy', NOT_ALONE);
    throw error;
  } finally {
    db.pragma(`busy_timeout = ${wait}`);
  }
}

/**
 * Replaces the file of the open, encrypted `project` by a copy encrypted under `newKey`, in which
 * `record` has written its audit rows first (so the re-key and its record land together), and closes
 * the old connection. The caller reopens the file with `newKey`. On any failure before the rename the
 * file and the open project stay exactly as they were, and the error is thrown.
 */
export function rekeyProjectFile(project: OpenProject, newKey: Buffer, record: (copy: OpenProject) => void): void {
  const { path, db, key: oldKey } = project;
  if (!oldKey) throw new Error('Only an encrypted project file has a key to replace.');
  const working = rekeyWorkingPath(path);
  for (const leftover of leftoversOf(working)) rmSync(leftover, { force: true });
  // Every committed page into the file, so a byte copy of it is the whole database.
  project.seal();
  requireSoleConnection(db);
  let replaced = false;
  try {
    db.exec('BEGIN EXCLUSIVE');
    try {
      copyFileSync(path, working);
      chmodSync(working, 0o600);
      // The database's pages alone: sqlite3mc's rekey re-encrypts the file to its end, and neither the
      // envelope nor the stale pages a shrunken database may leave past its size decrypt as pages.
      truncateSync(working, databaseBytes(db));
      const copy = new OpenProject(working, openDatabase(working, oldKey), oldKey);
      try {
        record(copy);
        rekeyDatabase(copy.db, newKey);
      } finally {
        // Closing seals the copy under the new key, with slots for its active members only.
        copy.close();
      }
      if (!readTrailer(working)) throw new Error('the re-keyed copy could not be sealed');
      renameSync(working, path);
      replaced = true;
      syncFolder(path);
    } finally {
      db.exec('ROLLBACK');
    }
  } catch (error) {
    for (const leftover of leftoversOf(working)) rmSync(leftover, { force: true });
    if (!replaced) db.pragma('journal_mode = WAL');
    throw error;
  } finally {
    if (replaced) closeUnsealed(db);
  }
  rmSync(sideCopyPath(working), { force: true });
}
