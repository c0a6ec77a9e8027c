import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection';
import { isTampering } from '../../shared/api/audit-types';
import { writeAudited } from '../../electron/core/audit/write-audited';
import { loadMigrations } from '../../electron/core/db/migrations';
import { readTrailer } from '../../electron/core/projects/key-envelope';
import { mayBelongTo, unwrapWithPassword, type KeySlot } from '../../electron/core/projects/key-slots';
import { parseRecoveryKey } from '../../electron/core/projects/project-unlock';
import { openProjectFile } from '../../electron/core/projects/open-project';
import { rekeyWorkingPath } from '../../electron/core/projects/rekey-project';
import { publicMember } from '../../electron/core/users/users-repo';
import { runCli } from '../support/cli';
import { CoreFixture, OWNER } from './core-fixture';

/** Issue 15: deactivating a member of an encrypted project replaces the project key. */
const RITA = { name: 'Rita Reviewer', email: 'rita@example.com', role: 'reviewer', password: 'reviewer-pass-1' } as const;
const SAM = { name: 'Sam Author', email: 'sam@example.com', role: 'author', password: 'tester-pass-1' } as const;

let f: CoreFixture;
beforeEach(() => {
  f = new CoreFixture();
});
afterEach(() => f.dispose());

/** The slot of `email` in the envelope at the end of the file, as a member could keep it. */
function slotOf(path: string, email: string): KeySlot {
  const slot = readTrailer(path)?.find((candidate) => mayBelongTo(candidate, email));
  if (!slot) throw new Error(`no slot for ${email}`);
  return slot;
}

/** Whether `key` opens the project file (as sqlite3mc with that key would). */
function keyOpens(path: string, key: Buffer): boolean {
  try {
    openDatabase(path, key, { readonly: true }).close();
    return true;
  } catch {
    return false;
  }
}

async function reopenAs(member: { email: string; password: string }) {
  await f.ok('project.close', {});
  await f.ok('project.open', { path: f.path(), password: member.password });
  return f.ok('session.signIn', { email: member.email, password: member.password });
}

describe('deactivation re-keys an encrypted project', () => {
  it('locks the deactivated member’s old slot, the old key and the old recovery key out; everyone else keeps opening it', async () => {
    const created = await f.project();
    const rita = await f.ok('users.add', RITA);
    await f.ok('users.add', SAM);
    const path = f.path();
    const ritasSlot = slotOf(path, RITA.email);
    const oldKey = unwrapWithPassword(ritasSlot, RITA.password)?.key;
    expect(oldKey && keyOpens(path, oldKey)).toBe(true);
    const copyBefore = f.path('taken-before.cairn');
    copyFileSync(path, copyBefore);

    const deactivated = await f.ok('users.deactivate', { userId: rita.id });
    expect(deactivated).toMatchObject({ id: rita.id, active: false });
    expect(deactivated.recoveryKey).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{1,4}){12}$/);
    expect(deactivated.recoveryKey).not.toBe(created.recoveryKey);
    // The owner stays signed in to the reopened file and goes on working.
    await f.ok('requirements.create', { type: 'functional', text: 'Alarm when the line is blocked' });

    // What Rita could have kept: her slot, the key it unwrapped, a copy of the file. None opens the file now.
    expect(unwrapWithPassword(ritasSlot, RITA.password)?.key.equals(oldKey!)).toBe(true);
    expect(keyOpens(path, oldKey!)).toBe(false);
    expect(keyOpens(copyBefore, oldKey!)).toBe(true);
    expect(readTrailer(path)?.some((slot) => mayBelongTo(slot, RITA.email))).toBe(false);
    await f.ok('project.close', {});
    expect((await f.fails('project.open', { path, password: RITA.password })).code).toBe('wrong_password');
    expect((await f.fails('project.unlockWithRecoveryKey', { path, recoveryKey: created.recoveryKey! })).code).toBe('wrong_password');
    expect(keyOpens(path, parseRecoveryKey(deactivated.recoveryKey!))).toBe(true);
    expect((await f.ok('project.unlockWithRecoveryKey', { path, recoveryKey: deactivated.recoveryKey! })).project?.productName).toBe('Infusion Pump');

    // Every remaining member opens it with their own password.
    for (const member of [OWNER, SAM]) expect((await reopenAs(member)).user?.email).toBe(member.email);

    const trail = (await f.ok('audit.list', { limit: 200 })).rows.map((row) => `${row.action} ${row.entity} ${row.method}`);
    expect(trail).toEqual(expect.arrayContaining(['deactivate user users.deactivate', 'rekey project users.deactivate']));
    const rekey = (await f.ok('audit.list', { limit: 200 })).rows.find((row) => row.action === 'rekey');
    expect(rekey).toMatchObject({ userName: OWNER.name, summary: expect.stringContaining("Rita Reviewer's deactivation") });
    await f.ok('project.close', {});
    const verified = await runCli(['verify', path], { userData: f.path('cli-data'), password: OWNER.password });
    expect(verified.stdout + verified.stderr).not.toMatch(/problem/i);
    expect(verified.code).toBe(0);
    expect(readdirSync(f.dir).filter((name) => name.includes('.rekeying'))).toEqual([]);
  });

  it('undoes the deactivation, with an audit row, when another program holds the file open', async () => {
    await f.project();
    const rita = await f.ok('users.add', RITA);
    const path = f.path();
    const key = unwrapWithPassword(slotOf(path, OWNER.email), OWNER.password)!.key;
    const other = openDatabase(path, key, { readonly: true });
    try {
      other.prepare('SELECT count(*) FROM user').pluck().get();
      expect(await f.fails('users.deactivate', { userId: rita.id })).toMatchObject({ code: 'project_busy', message: expect.stringContaining('Rita Reviewer stays active') });
    } finally {
      other.close();
    }
    expect((await f.ok('users.list', {})).find((member) => member.id === rita.id)?.active).toBe(true);
    const undone = (await f.ok('audit.list', { limit: 200 })).rows.find((row) => row.action === 'reactivate');
    expect(undone?.summary).toContain('deactivation undone');
    expect(keyOpens(path, key)).toBe(true);
    expect(existsSync(rekeyWorkingPath(path))).toBe(false);
    expect((await reopenAs(RITA)).user?.email).toBe(RITA.email);
  });

  it('leaves the old file openable when a re-key was cut off, and clears its leftovers on the next one', async () => {
    await f.project();
    const rita = await f.ok('users.add', RITA);
    const path = f.path();
    // What a kill after the copy began leaves beside the file: a half-written copy.
    writeFileSync(rekeyWorkingPath(path), Buffer.alloc(4096, 7));
    expect((await reopenAs(OWNER)).user?.email).toBe(OWNER.email);
    await f.ok('users.deactivate', { userId: rita.id });
    expect(existsSync(rekeyWorkingPath(path))).toBe(false);
    expect((await reopenAs(OWNER)).user?.email).toBe(OWNER.email);
  });

  it('re-keys while the background integrity check of the opening is still running', async () => {
    await f.sample();
    expect((await f.ok('audit.integrityStatus', {})).state).toBe('running');
    // Until the worker has its own connection open and is reading through it.
    while ((await f.ok('audit.integrityStatus', {})).total === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await f.ok('audit.integrityStatus', {})).state).toBe('running');
    const member = (await f.ok('users.list', {})).find((candidate) => candidate.active && candidate.role !== 'owner')!;
    expect((await f.ok('users.deactivate', { userId: member.id })).recoveryKey).toBeTruthy();
  });

  it('reports a deactivation whose re-key was cut off, as upkeep, until deactivating again replaces the key', async () => {
    await f.project();
    const rita = await f.ok('users.add', RITA);
    await f.ok('project.close', {});
    const path = f.path();
    const key = unwrapWithPassword(slotOf(path, OWNER.email), OWNER.password)!.key;
    // What a kill after the deactivation's commit and before the rename leaves: the deactivation, the old key.
    const project = openProjectFile(path, loadMigrations('migrations'), () => '2026-01-01T01:00:00.000Z', key);
    writeAudited(project, { id: 1, name: OWNER.name }, 'users.deactivate', '2026-01-01T01:00:00.000Z', (audit) => {
      const after = project.users.setActive(rita.id, false, '2026-01-01T01:00:00.000Z');
      audit({ action: 'deactivate', entity: 'user', entityId: rita.id, summary: `${RITA.name} deactivated`, after: publicMember(after) });
    });
    project.close();
    await f.ok('project.open', { path, password: OWNER.password });
    await f.ok('session.signIn', { email: OWNER.email, password: OWNER.password });
    const report = await f.ok('audit.verify', {});
    expect(report.problems).toEqual([{ kind: 'key', table: 'user', record: RITA.email, detail: expect.stringContaining('reactivate and deactivate them again') }]);
    expect(report.ok).toBe(false);
    // Upkeep, not tampering: signing goes on meanwhile.
    expect(report.problems.filter(isTampering)).toEqual([]);
    await f.ok('users.reactivate', { userId: rita.id });
    await f.ok('users.deactivate', { userId: rita.id });
    expect(await f.ok('audit.verify', {})).toMatchObject({ ok: true, problems: [] });
    expect(keyOpens(path, key)).toBe(false);
  });

  it('prints the new recovery key through the CLI door, once, and it opens the file', async () => {
    await f.project();
    const rita = await f.ok('users.add', RITA);
    await f.ok('project.close', {});
    const path = f.path();
    const run = await runCli(['api', path, 'users.deactivate', JSON.stringify({ userId: rita.id }), '--user', OWNER.email], {
      userData: f.path('cli-data'),
      password: OWNER.password,
    });
    expect(run.code).toBe(0);
    const envelope = JSON.parse(run.stdout) as { ok: boolean; value: { active: boolean; recoveryKey: string } };
    expect(envelope).toMatchObject({ ok: true, value: { active: false, recoveryKey: expect.stringMatching(/^[A-Z2-7]{4}(-[A-Z2-7]{1,4}){12}$/) } });
    expect(keyOpens(path, parseRecoveryKey(envelope.value.recoveryKey))).toBe(true);
    expect((await f.fails('project.open', { path, password: RITA.password })).code).toBe('wrong_password');
  });

  it('gives no recovery key for a plain file, which has no key to replace', async () => {
    await f.ok('project.create', { path: f.path(), productName: 'Infusion Pump', manufacturer: 'Acme Medical', owner: OWNER, encrypted: false });
    const rita = await f.ok('users.add', RITA);
    expect(await f.ok('users.deactivate', { userId: rita.id })).toMatchObject({ active: false, recoveryKey: null });
  });
});
