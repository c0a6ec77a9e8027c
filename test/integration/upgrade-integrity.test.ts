import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProjectDb } from '../support/project-db';
import { tamperCopy } from '../support/tamper';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { createCore } from '../../electron/core/core';
import { CoreFixture } from './core-fixture';

// Issue 14 point 4: a file that needs an upgrade is checked as it is first; an outside edit refuses the
// upgrade (integrity_failed, naming the first problem) and leaves the file exactly as it was.
const LEGACY = 'test/fixtures/projects/schema-0001.cairn';
const dir = makeTempDir('upgrade-integrity');
/** A project made by a Cairn whose newest migration was 0018 (row states, no later schema). */
const at0018 = join(dir, 'schema-0018.cairn');

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const backups = (folder: string) => readdirSync(folder).filter((name) => name.includes('.before-'));

beforeAll(async () => {
  const older = join(dir, 'migrations-0018');
  mkdirSync(older);
  for (const name of readdirSync('migrations').filter((n) => n <= '0018_zzz')) cpSync(join('migrations', name), join(older, name));
  const core = createCore({ appVersion: '0.0.18-test', migrationsDir: older, userDataDir: join(dir, 'user-data'), clock: () => new Date(Date.UTC(2026, 0, 1)) });
  const created = await core.call('project.create', {
    path: at0018,
    productName: 'Older Pump',
    manufacturer: 'Acme Medical',
    owner: { name: 'Ada Owner', email: 'ada@example.com', password: 'owner-password-1' },
  });
  await core.close();
  expect(created.ok, JSON.stringify(created)).toBe(true);
});
afterAll(() => removeTempDir(dir));

let f: CoreFixture;
beforeAll(() => {
  f = new CoreFixture();
});
afterAll(() => f.dispose());

describe('verify before migrate', () => {
  it('upgrades an untouched 0018 file', async () => {
    const copy = f.path('clean.cairn');
    copyFileSync(at0018, copy);
    await f.ok('project.open', { path: copy, password: 'owner-password-1' });
    expect(backups(f.dir).length).toBe(1);
    await f.ok('session.signIn', { email: 'ada@example.com', password: 'owner-password-1' });
    expect(await f.ok('audit.verify', {})).toMatchObject({ ok: true, problems: [] });
    await f.ok('project.close', {});
  });

  it('refuses to upgrade a 0018 file whose owner was renamed with SQL, naming the record, and leaves the file untouched', async () => {
    const folder = join(dir, 'edited');
    mkdirSync(folder);
    const copy = join(folder, 'edited.cairn');
    tamperCopy(at0018, copy, (db) => db.prepare("UPDATE user SET name = 'Eve Owner' WHERE email = 'ada@example.com'").run());
    const before = sha256(copy);
    const refused = await f.fails('project.open', { path: copy, password: 'owner-password-1' });
    expect(refused).toMatchObject({ code: 'integrity_failed', field: 'path' });
    expect(refused.message).toMatch(/needs an upgrade, but as it is it fails its integrity check — user ada@example.com: changed outside Cairn/);
    expect(refused.message).toMatch(/Eve Owner/);
    expect(sha256(copy)).toBe(before);
    expect(backups(folder)).toEqual([]);
    const db = openProjectDb(copy);
    expect(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(18);
    db.close();
  });

  it('refuses to upgrade a schema-0001 file whose trail was edited (only its chain can be checked)', async () => {
    const folder = join(dir, 'legacy');
    mkdirSync(folder);
    const copy = join(folder, 'legacy.cairn');
    tamperCopy(LEGACY, copy, (db) => db.prepare("UPDATE audit_log SET summary = 'nothing happened' WHERE seq = 2").run());
    const before = sha256(copy);
    const refused = await f.fails('project.open', { path: copy });
    expect(refused).toMatchObject({ code: 'integrity_failed' });
    expect(refused.message).toMatch(/audit row 2: row 2 was changed after it was written/);
    expect(sha256(copy)).toBe(before);
    expect(existsSync(`${copy}.before-0002_documents.bak`) || backups(folder).length > 0).toBe(false);
  });
});
