import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChainReport } from '../../shared/api/audit-types';
import { execFileSync } from 'node:child_process';
import { runCli } from '../support/cli';
import { tamperCopy } from '../support/tamper';
import { COMPANY_P12 } from '../support/pkcs12';
import { CoreFixture, OWNER } from './core-fixture';

// Issue 14 point 4: whose signatures the project accepts changes only with an owner's e-signature
// (except a person's first key), and verify flags a key or certificate no owner approved.
const PW = 'team-password-1';
const OTHER_OWNER = { name: 'Olga Owner', email: 'olga@example.com', role: 'owner', password: 'olga-password-1' } as const;
let f: CoreFixture;

async function as(email: string, password = PW) {
  await f.ok('session.signOut', {});
  await f.ok('session.signIn', { email, password });
}

async function verify(): Promise<ChainReport> {
  return f.ok('audit.verify', {});
}

beforeAll(async () => {
  f = new CoreFixture();
  await f.project();
  await f.ok('users.add', { name: 'Al Author', email: 'al@example.com', role: 'author', password: PW });
  await f.ok('users.add', OTHER_OWNER);
});
afterAll(() => f.dispose());

describe('a new project', () => {
  it("records a creation anchor signed by its owner's first key", async () => {
    const creation = (await f.ok('audit.list', { limit: 20, sort: { column: 'seq', dir: 'asc' } })).rows.filter((r) => r.method === 'project.create');
    expect(creation.map((r) => r.action)).toEqual(['create', 'create', 'sign_in', 'generate_key', 'anchor']);
    expect(creation.at(-1)?.summary).toMatch(/Ada Owner signed the audit trail up to row 4 \(project created\)/);
    expect(await f.ok('keys.mine', {})).toMatchObject({ hasKey: true, trusted: true });
    expect(await verify()).toMatchObject({ ok: true, problems: [] });
  });
});

describe("a person's keys", () => {
  it('the very first key needs no owner', async () => {
    await as('al@example.com');
    expect(await f.ok('keys.generate', { password: PW })).toMatchObject({ hasKey: true });
    expect((await verify()).ok).toBe(true);
  });

  it('replacing it without an owner, with a wrong owner password or with a non-owner is refused and changes nothing', async () => {
    const before = await f.ok('keys.mine', {});
    const count = await f.auditCount();
    expect(await f.fails('keys.generate', { password: PW })).toMatchObject({ code: 'forbidden', field: 'owner' });
    expect(await f.fails('keys.generate', { password: PW, owner: { email: OWNER.email, password: 'not-it' } })).toMatchObject({ code: 'wrong_password', field: 'owner.password' });
    expect(await f.fails('keys.generate', { password: PW, owner: { email: 'al@example.com', password: PW } })).toMatchObject({ code: 'forbidden', field: 'owner.email' });
    const { p12Base64, password: p12Password } = COMPANY_P12;
    expect(await f.fails('keys.importPkcs12', { p12Base64, p12Password, password: PW })).toMatchObject({ code: 'forbidden', field: 'owner' });
    expect(await f.ok('keys.mine', {})).toEqual(before);
    expect(await f.auditCount()).toBe(count);
  });

  it("replacing it with an owner's e-signature records that signature, and verify holds", async () => {
    const before = await f.ok('keys.mine', {});
    const after = await f.ok('keys.generate', { password: PW, owner: { email: OTHER_OWNER.email, password: OTHER_OWNER.password } });
    expect(after.fingerprint).not.toBe(before.fingerprint);
    const signed = (await f.ok('audit.list', { limit: 10, filter: { action: 'sign' } })).rows[0];
    expect(signed?.summary).toBe('signing key of Al Author signed by Olga Owner (owner) meaning "approved trust change"');
    expect(await verify()).toMatchObject({ ok: true, problems: [] });
  });

  it('an owner replaces their own key with their own password', async () => {
    await as(OWNER.email, OWNER.password);
    const { p12Base64, password: p12Password } = COMPANY_P12;
    expect(await f.ok('keys.importPkcs12', { p12Base64, p12Password, password: OWNER.password })).toMatchObject({ source: 'imported', trusted: false });
    expect(await verify()).toMatchObject({ ok: true, problems: [] });
  });
});

describe('trusted certificates', () => {
  it("are added only with the owner's password, and nothing changes without it", async () => {
    const count = await f.auditCount();
    expect(await f.fails('trust.add', { certificatePem: COMPANY_P12.certificatePem, password: 'not-it' })).toMatchObject({ code: 'wrong_password' });
    expect(await f.auditCount()).toBe(count);
    const list = await f.ok('trust.add', { certificatePem: COMPANY_P12.certificatePem, note: 'Company CA', password: OWNER.password });
    expect(list.map((t) => t.note)).toContain('Company CA');
    expect(await verify()).toMatchObject({ ok: true, problems: [] });
  });

  it('verify flags a key and a certificate whose owner approval was removed from the file', async () => {
    await f.ok('project.close', {});
    const copy = f.path('no-approvals.cairn');
    tamperCopy(f.path(), copy, (db) => db.prepare("DELETE FROM record_signature WHERE meaning = 'approved trust change'").run());
    await f.ok('project.open', { path: copy, password: OWNER.password });
    const report = await verify();
    expect(report.ok).toBe(false);
    const trust = report.problems.filter((p) => p.kind === 'trust');
    expect(trust).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: 'signing_key', record: 'al@example.com', detail: expect.stringMatching(/without an owner's "approved trust change" signature/) }),
        expect.objectContaining({ table: 'trusted_certificate', record: expect.stringMatching(/CN=/) }),
      ]),
    );
  });
});

describe('from the command line', () => {
  // Runs on its own copy of the project (the fixture's core keeps the first file open).
  let file: string;
  const cli = (args: string[], stdin: string) => runCli([...args, '--password-stdin', '--json'], { userData: f.path('cli-data'), stdin });

  it("key-generate without --owner is refused (exit 1), with a wrong owner password too; with the owner's it works", async () => {
    await f.ok('project.close', {});
    file = f.path('cli.cairn');
    tamperCopy(f.path(), file, () => undefined);
    const refused = await cli(['key-generate', file, '--user', 'al@example.com'], `${PW}\n`);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/needs an owner's e-signature/);
    const wrong = await cli(['key-generate', file, '--user', 'al@example.com', '--owner', OWNER.email], `${PW}\nnot-it\n`);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/not Ada Owner's password/);
    const missing = await cli(['key-generate', file, '--user', 'al@example.com', '--owner', OWNER.email], `${PW}\n`);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/No password on line 2 of standard input/);
    const done = await cli(['key-generate', file, '--user', 'al@example.com', '--owner', OWNER.email], `${PW}\n${OWNER.password}\n`);
    expect(done.code, done.stderr).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({ hasKey: true, trusted: true });
  });

  it('trust-add needs an owner signed in and their password; verify stays intact', async () => {
    const pem = f.path('other.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=Other CA', '-days', '1', '-keyout', f.path('other.key'), '-out', pem], {
      stdio: 'ignore',
    });
    const notOwner = await cli(['trust-add', file, pem, '--user', 'al@example.com'], `${PW}\n`);
    expect(notOwner.code).toBe(1);
    const added = await cli(['trust-add', file, pem, '--user', OWNER.email, '--note', 'Company CA'], `${OWNER.password}\n`);
    expect(added.code, added.stderr).toBe(0);
    const verified = await runCli(['verify', file, '--json'], { userData: f.path('cli-data'), password: OWNER.password });
    expect(verified.code, verified.stdout).toBe(0);
  });
});

describe('the creation anchor', () => {
  async function verifyCopy(name: string, sql: string): Promise<ChainReport> {
    await f.ok('project.close', {});
    const copy = f.path(name);
    tamperCopy(f.path('fresh.cairn'), copy, (db) => db.exec(sql));
    await f.ok('project.open', { path: copy, password: OWNER.password });
    return verify();
  }

  it('is reported gone when the whole trail and every anchor are deleted from a fresh project', async () => {
    await f.project('fresh.cairn');
    const report = await verifyCopy('emptied.cairn', 'DELETE FROM audit_log; DELETE FROM audit_head; DELETE FROM audit_anchor;');
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual({
      kind: 'anchor',
      table: 'audit_anchor',
      record: 'project creation',
      detail: expect.stringMatching(/trail is empty and the signed creation anchor is gone/),
    });
  });

  it('is reported when the trail is cut back before it and the head moved', async () => {
    const report = await verifyCopy('cut.cairn', 'DELETE FROM audit_log WHERE seq > 2; UPDATE audit_head SET seq = 2, hash = (SELECT hash FROM audit_log WHERE seq = 2);');
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'anchor', table: 'audit_anchor', detail: expect.stringMatching(/history was cut/) }));
  });
});
