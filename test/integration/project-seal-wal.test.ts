import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, sealProject } from '../../electron/core/db/connection';
import { WAL_KEPT_BYTES, walIsLarge } from '../../electron/core/projects/project-seal';

/**
 * Issue 16 (the sample builds in ≤ 10 s): a seal checkpoints the WAL, but SQLite reuses a checkpointed WAL
 * without shrinking it, so a WAL that once passed the seal threshold made every later mutation seal again
 * (285 seals while building the sample, about a fifth of its time).
 */
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('sealing a large WAL', () => {
  it('shrinks the WAL when it restarts, so one seal clears the threshold until it is passed again', () => {
    dir = mkdtempSync(join(tmpdir(), 'cairn-wal-'));
    const path = join(dir, 'p.cairn');
    const key = randomBytes(32);
    const db = createDatabase(path, key);
    // The seal lists the team from the user table; an empty one is enough here.
    db.exec('CREATE TABLE user (id INTEGER PRIMARY KEY, email TEXT NOT NULL, password_hash TEXT NOT NULL, active INTEGER NOT NULL); CREATE TABLE filler (bytes BLOB)');
    const insert = db.prepare('INSERT INTO filler (bytes) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 80; i += 1) insert.run(randomBytes(64 * 1024));
    })();
    expect(walIsLarge(path)).toBe(true);
    expect(sealProject(path, key)).toBe('');
    db.prepare('INSERT INTO filler (bytes) VALUES (?)').run(randomBytes(16));
    expect(statSync(`${path}-wal`).size).toBeLessThanOrEqual(WAL_KEPT_BYTES);
    expect(walIsLarge(path)).toBe(false);
    db.close();
  });
});
