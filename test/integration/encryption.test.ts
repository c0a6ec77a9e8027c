import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, statSync, truncateSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { beforeEncryptionBackupPath } from '../../electron/core/projects/encrypt-project';
import { hasTrailer } from '../../electron/core/projects/key-envelope';
import { CoreFixture, OWNER } from './core-fixture';

/** Issue 15 point 1: project files encrypted at rest, opened by any active member's password. */
const RITA = { name: 'Rita Reviewer', email: 'rita@example.com', role: 'reviewer', password: 'reviewer-pass-1' } as const;
/** Record text that must never appear in the raw file. */
const SECRET = 'Occlusion alarm sounds within 30 seconds of a blocked line';

let f: CoreFixture;
beforeEach(() => {
  f = new CoreFixture();
});
afterEach(() => f.dispose());

async function reopen(password: string) {
  await f.ok('project.close', {});
  return f.ok('project.open', { path: f.path(), password });
}

function sqlite3Reads(path: string): boolean {
  return spawnSync('sqlite3', [path, 'SELECT count(*) FROM user'], { encoding: 'utf8' }).status === 0;
}

describe('encryption at rest', () => {
  it('creates an encrypted, owner-only file that neither strings nor sqlite3 can read, and returns the recovery key once', async () => {
    const created = await f.project();
    expect(created.project?.encrypted).toBe(true);
    expect(created.recoveryKey).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{1,4}){12}$/);
    await f.ok('requirements.create', { type: 'functional', text: SECRET });
    await f.ok('project.close', {});
    expect(statSync(f.path()).mode & 0o777).toBe(0o600);
    const raw = readFileSync(f.path());
    for (const known of [SECRET, 'Infusion Pump', OWNER.email, 'SQLite format 3', 'scrypt$']) expect(raw.includes(known), known).toBe(false);
    expect(sqlite3Reads(f.path())).toBe(false);
    expect(existsSync(`${f.path()}-wal`) || existsSync(`${f.path()}-key`)).toBe(false);
    // Opening says nothing of the content until a password unlocks it.
    expect(await f.ok('project.open', { path: f.path() })).toEqual({ project: null, users: [] });
    expect(await f.ok('app.status', {})).toMatchObject({ project: null, locked: f.path() });
  });

  it('opens with each active member’s password, and refuses a wrong one with a plain message', async () => {
    await f.project();
    await f.ok('users.add', RITA);
    for (const password of [OWNER.password, RITA.password]) {
      expect((await reopen(password)).users.map((u) => u.email)).toEqual([OWNER.email, RITA.email]);
    }
    await f.ok('project.close', {});
    expect(await f.fails('project.open', { path: f.path(), password: 'not-the-password' })).toEqual({
      code: 'wrong_password',
      message: 'Wrong password or not a Cairn project.',
      field: 'password',
    });
    // Signing in to a locked file unlocks it with that member's password.
    await f.ok('project.open', { path: f.path() });
    expect(await f.fails('session.signIn', { email: RITA.email, password: 'not-the-password' })).toMatchObject({ code: 'wrong_password' });
    expect((await f.ok('session.signIn', { email: RITA.email, password: RITA.password })).user?.email).toBe(RITA.email);
  });

  it('re-wraps a changed password, drops a deactivated member and gives a reactivated or new one a slot', async () => {
    await f.project();
    const rita = await f.ok('users.add', RITA);
    await f.ok('users.changePassword', { currentPassword: OWNER.password, newPassword: 'owner-password-2' });
    await f.ok('project.close', {});
    expect((await f.fails('project.open', { path: f.path(), password: OWNER.password })).code).toBe('wrong_password');
    await f.ok('project.open', { path: f.path(), password: 'owner-password-2' });
    await f.ok('session.signIn', { email: OWNER.email, password: 'owner-password-2' });
    await f.ok('users.deactivate', { userId: rita.id });
    await f.ok('project.close', {});
    expect((await f.fails('project.open', { path: f.path(), password: RITA.password })).code).toBe('wrong_password');
    await f.ok('project.open', { path: f.path(), password: 'owner-password-2' });
    await f.ok('session.signIn', { email: OWNER.email, password: 'owner-password-2' });
    await f.ok('users.reactivate', { userId: rita.id });
    expect((await reopen(RITA.password)).project?.productName).toBe('Infusion Pump');
  });

  it('opens with the recovery key when the key envelope is lost, and the session puts the envelope back', async () => {
    const { recoveryKey } = await f.project();
    await f.ok('project.close', {});
    // Cut the envelope off, as a tool that only knows SQLite's page count would.
    const size = statSync(f.path()).size;
    truncateSync(f.path(), size - (size % 4096));
    expect(hasTrailer(f.path())).toBe(false);
    expect((await f.fails('project.open', { path: f.path(), password: OWNER.password })).code).toBe('wrong_password');
    expect((await f.fails('project.unlockWithRecoveryKey', { path: f.path(), recoveryKey: 'AAAA-BBBB' })).code).toBe('invalid_input');
    const opened = await f.ok('project.unlockWithRecoveryKey', { path: f.path(), recoveryKey: recoveryKey!.toLowerCase().replace(/-/g, ' ') });
    expect(opened.project?.productName).toBe('Infusion Pump');
    expect(hasTrailer(f.path())).toBe(true);
    expect((await reopen(OWNER.password)).project?.productName).toBe('Infusion Pump');
  });

  it('keeps backups encrypted and openable on their own, and refreshes an earlier encrypted backup', async () => {
    await f.project();
    await f.ok('requirements.create', { type: 'functional', text: SECRET });
    const dest = f.path('copy.cairn');
    await f.ok('project.backup', { dest });
    expect(readFileSync(dest).includes(SECRET)).toBe(false);
    expect(statSync(dest).mode & 0o777).toBe(0o600);
    expect((await f.ok('project.backup', { dest, overwrite: true })).path).toBe(dest);
    const copied = f.path('moved.cairn');
    copyFileSync(dest, copied);
    await f.ok('project.close', {});
    expect((await f.ok('project.open', { path: copied, password: OWNER.password })).project?.encrypted).toBe(true);
  });

  it('makes a plain file on request, and encrypts it in place later, keeping the plain original as the backup', async () => {
    await f.ok('project.create', { path: f.path(), productName: 'Infusion Pump', manufacturer: 'Acme Medical', owner: OWNER, encrypted: false });
    const status = await f.ok('app.status', {});
    expect(status.project?.encrypted).toBe(false);
    await f.ok('users.add', RITA);
    await f.ok('requirements.create', { type: 'functional', text: SECRET });
    expect(sqlite3Reads(f.path())).toBe(true);
    const asOwner = { path: f.path(), email: OWNER.email, password: OWNER.password };
    expect((await f.fails('project.encrypt', { ...asOwner, password: 'not-the-password' })).code).toBe('wrong_password');
    expect((await f.fails('project.encrypt', { ...asOwner, email: RITA.email, password: RITA.password })).code).toBe('forbidden');
    expect(sqlite3Reads(f.path())).toBe(true);
    const encrypted = await f.ok('project.encrypt', asOwner);
    expect(encrypted).toMatchObject({ project: { encrypted: true }, user: { email: OWNER.email }, recoveryKey: expect.any(String) });
    expect((await f.ok('audit.list', { limit: 1 })).rows[0]).toMatchObject({ action: 'encrypt', method: 'project.encrypt' });
    expect(sqlite3Reads(beforeEncryptionBackupPath(f.path()))).toBe(true);
    await f.ok('project.close', {});
    expect(readFileSync(f.path()).includes(SECRET)).toBe(false);
    expect(sqlite3Reads(f.path())).toBe(false);
    // Every member keeps access with the password they already had.
    expect((await f.ok('project.open', { path: f.path(), password: RITA.password })).users).toHaveLength(2);
    await f.ok('session.signIn', { email: OWNER.email, password: OWNER.password });
    expect((await f.ok('audit.verify', {})).ok).toBe(true);
    expect((await f.fails('project.encrypt', asOwner)).code).toBe('conflict');
  });
});
