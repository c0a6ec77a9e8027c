import Database from 'better-sqlite3-multiple-ciphers';
import { mkdirSync, openSync, closeSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { tableDigest, withReadOnly } from '../support/db-snapshot';
import { createInput } from '../support/team';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { createTestCore } from '../support/test-core';

// Inputs that are well-formed for the contract but point at the wrong file: each must be refused with a
// typed error, and the project that is open must stay open and untouched.

const dir = makeTempDir('bad-files');
const main = join(dir, 'main.cairn');
let core: Core;
let digest: string;

/** Files that are not Cairn projects, each made by its own recipe. */
const NOT_PROJECTS: Record<string, (path: string) => void> = {
  'a folder named like a project': (path) => mkdirSync(path),
  'an empty file': (path) => closeSync(openSync(path, 'w')),
  'random bytes': (path) => writeFileSync(path, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 251))),
  'an SQLite header followed by junk': (path) => writeFileSync(path, `SQLite format 3\0${'x'.repeat(8192)}`),
  'a plain SQLite database': (path) => {
    const db = new Database(path);
    db.exec('CREATE TABLE t (x)');
    db.close();
  },
  'the first 4 KiB of a real project': (path) => writeFileSync(path, readFileSync(main).subarray(0, 4096)),
};

beforeAll(async () => {
  core = createTestCore({ userDataDir: join(dir, 'user-data') });
  expect((await core.call('project.create', createInput(main))).ok).toBe(true);
  digest = withReadOnly(main, (db) => tableDigest(db));
});
afterAll(async () => {
  await core.close();
  removeTempDir(dir);
});

/** The main project is still the open one, its owner still signed in, and its content unchanged. */
async function expectMainIntact(): Promise<void> {
  expect(existsSync(main), 'the open project file was deleted').toBe(true);
  expect(withReadOnly(main, (db) => tableDigest(db))).toBe(digest);
  expect(await core.call('app.status', {})).toMatchObject({ ok: true, value: { project: { path: main }, user: { email: 'olga@example.com' } } });
}

describe('project.open refuses files that are not Cairn projects', () => {
  it.for(Object.keys(NOT_PROJECTS))('%s', async (label) => {
    const path = join(dir, `${label.replaceAll(' ', '-')}.cairn`);
    NOT_PROJECTS[label]?.(path);
    const result = await core.call('project.open', { path });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_a_project' } });
    await expectMainIntact();
  });
});

describe('project.backup refuses destinations it cannot write', () => {
  it('the project file itself', async () => {
    expect(await core.call('project.backup', { dest: main, overwrite: true })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'dest' } });
    await expectMainIntact();
  });
  it('an existing folder, even with overwrite', async () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    const result = await core.call('project.backup', { dest: folder, overwrite: true });
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.error.code).not.toBe('internal');
    await expectMainIntact();
  });
  // Issue 15: `overwrite` once replaced any file the caller named (a shell profile, a key).
  // (A folder is covered above; a cut-off Cairn file still is one by its header, and may be replaced.)
  const notCairnAtAll = Object.keys(NOT_PROJECTS).filter((label) => !label.startsWith('a folder') && !label.includes('of a real project'));
  it.for(notCairnAtAll)('%s, even with overwrite', async (label) => {
    const path = join(dir, `backup-over-${label.replaceAll(' ', '-')}`);
    NOT_PROJECTS[label]?.(path);
    const before = readFileSync(path);
    const result = await core.call('project.backup', { dest: path, overwrite: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_a_project', field: 'dest' } });
    expect(readFileSync(path).equals(before), 'the file was changed').toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
    await expectMainIntact();
  });
});

// Last: while the demo bug stands, this deletes the open project and would fail every later case.
describe('creating over the open project is refused and leaves it alone', () => {
  it('project.create at the open project path', async () => {
    expect(await core.call('project.create', createInput(main, 'Overwrite'))).toMatchObject({ ok: false, error: { code: 'file_exists' } });
    await expectMainIntact();
  });
  it('project.createDemo at the open project path', async () => {
    expect(await core.call('project.createDemo', { path: main })).toMatchObject({ ok: false, error: { code: 'file_exists' } });
    await expectMainIntact();
  });
});
