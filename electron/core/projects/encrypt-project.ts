import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, renameSync, rmSync } from 'node:fs';
import { openDatabase, rekeyDatabase, sealProject } from '../db/connection';
import { removeSideCopy } from './key-envelope';
import { PROJECT_KEY_BYTES } from './key-slots';
import type { OpenProject } from './open-project';

/** Where the plain original of an encrypted project is kept, like the copy taken before a migration. */
export function beforeEncryptionBackupPath(path: string): string {
  return `${path}.before-encryption.bak`;
}

/**
 * Encrypts an open plain project under a new random key and closes it. The work is done on a copy that
 * replaces the file only when complete (its envelope already written), so an interruption leaves the plain
 * file as it was; the plain original stays beside it as the backup. Every active member gets a slot from
 * their stored password hash, so nobody has to do anything to keep access.
 */
export function encryptProjectFile(project: OpenProject): Buffer {
  const { path } = project;
  const backup = beforeEncryptionBackupPath(path);
  const working = `${path}.encrypting`;
  const leftovers = [working, `${working}-wal`, `${working}-shm`, `${working}-journal`, `${working}-key`];
  for (const leftover of [backup, ...leftovers]) rmSync(leftover, { force: true });
  project.writeCopy(backup);
  const key = randomBytes(PROJECT_KEY_BYTES);
  try {
    copyFileSync(backup, working);
    chmodSync(working, 0o600);
    const db = openDatabase(working, null);
    try {
      rekeyDatabase(db, key);
    } finally {
      db.close();
    }
    if (!sealProject(working, key)) throw new Error('the encrypted copy could not be sealed');
    project.close();
    renameSync(working, path);
    removeSideCopy(working);
    return key;
  } catch (error) {
    for (const leftover of leftovers) rmSync(leftover, { force: true });
    throw error;
  }
}
