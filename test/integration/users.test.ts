import { openProjectDb } from '../support/project-db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreFixture, OWNER } from './core-fixture';

let f: CoreFixture;
beforeEach(() => {
  f = new CoreFixture();
});
afterEach(() => f.dispose());

const RITA = { name: 'Rita Reviewer', email: 'rita@example.com', role: 'reviewer', password: 'reviewer-pass-1' } as const;

describe('team members', () => {
  it('makes the creator the owner, stored with an scrypt hash', async () => {
    const status = await f.project();
    expect(status.user).toMatchObject({ name: OWNER.name, email: OWNER.email, role: 'owner' });
    const db = openProjectDb(f.path());
    const hash = db.prepare('SELECT password_hash FROM user WHERE id = 1').pluck().get() as string;
    db.close();
    expect(hash).toMatch(/^scrypt\$/);
    expect(hash).not.toContain(OWNER.password);
  });

  it('refuses a second member with the same e-mail, whatever its case', async () => {
    await f.project();
    await f.ok('users.add', RITA);
    expect(await f.fails('users.add', { ...RITA, email: 'RITA@Example.com' })).toMatchObject({ code: 'conflict', field: 'email' });
  });

  it('deactivates instead of deleting, and a deactivated member cannot sign in', async () => {
    await f.project();
    const rita = await f.ok('users.add', RITA);
    const deactivated = await f.ok('users.deactivate', { userId: rita.id });
    expect(deactivated).toMatchObject({ active: false, deactivatedAt: expect.any(String) });
    expect((await f.ok('users.list', {})).map((u) => u.email)).toContain(RITA.email);
    await f.ok('session.signOut', {});
    expect(await f.fails('session.signIn', { email: RITA.email, password: RITA.password })).toMatchObject({ code: 'forbidden' });
    // Issue 15: the file is encrypted, so the list of who may sign in needs a member's password to read.
    const opened = await f.ok('project.open', { path: f.path(), password: OWNER.password });
    expect(opened.users.map((u) => u.email)).toEqual([OWNER.email]);
  });

  it('reactivates a member', async () => {
    await f.project();
    const rita = await f.ok('users.add', RITA);
    await f.ok('users.deactivate', { userId: rita.id });
    expect(await f.ok('users.reactivate', { userId: rita.id })).toMatchObject({ active: true, deactivatedAt: null });
    expect((await f.fails('users.reactivate', { userId: rita.id })).code).toBe('conflict');
  });

  it('always keeps an active owner', async () => {
    await f.project();
    expect(await f.fails('users.deactivate', { userId: 1 })).toMatchObject({ code: 'conflict', message: 'You cannot deactivate yourself.' });
    expect(await f.fails('users.changeRole', { userId: 1, role: 'author' })).toMatchObject({ code: 'conflict' });
    const rita = await f.ok('users.add', { ...RITA, role: 'owner' });
    expect(await f.ok('users.changeRole', { userId: 1, role: 'approver' })).toMatchObject({ role: 'approver' });
    // The former owner lost team administration at once.
    expect((await f.fails('users.add', { ...RITA, email: 'x@example.com' })).code).toBe('forbidden');
    expect(rita.role).toBe('owner');
  });

  it('refuses unknown member ids', async () => {
    await f.project();
    expect(await f.fails('users.deactivate', { userId: 999 })).toMatchObject({ code: 'not_found', field: 'userId' });
  });

  it('changes a password only with the current one', async () => {
    await f.project();
    expect(await f.fails('users.changePassword', { currentPassword: 'wrong-one', newPassword: 'brand-new-pass' })).toMatchObject({
      code: 'wrong_password',
      field: 'currentPassword',
    });
    await f.ok('users.changePassword', { currentPassword: OWNER.password, newPassword: 'brand-new-pass' });
    await f.ok('session.signOut', {});
    expect((await f.fails('session.signIn', { email: OWNER.email, password: OWNER.password })).code).toBe('wrong_password');
    await f.ok('session.signIn', { email: OWNER.email, password: 'brand-new-pass' });
  });
});

describe('signing in and out', () => {
  it('refuses a wrong password or an unknown e-mail with the same message', async () => {
    await f.project();
    await f.ok('session.signOut', {});
    const wrong = await f.fails('session.signIn', { email: OWNER.email, password: 'not-the-password' });
    const unknown = await f.fails('session.signIn', { email: 'nobody@example.com', password: 'not-the-password' });
    expect(wrong).toEqual(unknown);
    expect(wrong).toMatchObject({ code: 'wrong_password', field: 'password' });
  });

  it('leaves an audit row for each sign-in and sign-out, with who did it', async () => {
    await f.project();
    await f.ok('session.signOut', {});
    await f.ok('session.signIn', { email: OWNER.email, password: OWNER.password });
    const { rows } = await f.ok('audit.list', { sort: { column: 'seq', dir: 'asc' } });
    expect(rows.map((r) => [r.action, r.entity, r.userName])).toEqual([
      ['create', 'project', OWNER.name],
      ['create', 'user', OWNER.name],
      ['sign_in', 'user', OWNER.name],
      // The owner's first key signs the new trail's head: the project's creation anchor (issue 14).
      ['generate_key', 'signing_key', OWNER.name],
      ['anchor', 'audit_anchor', OWNER.name],
      ['sign_out', 'user', OWNER.name],
      ['sign_in', 'user', OWNER.name],
    ]);
  });

  it('closing the project signs out and forgets the session', async () => {
    await f.project();
    const status = await f.ok('project.close', {});
    expect(status).toMatchObject({ project: null, user: null });
    expect((await f.fails('users.list', {})).code).toBe('no_project_open');
    await f.ok('project.open', { path: f.path() });
    await f.ok('session.signIn', { email: OWNER.email, password: OWNER.password });
    const { rows } = await f.ok('audit.list', { limit: 2 });
    expect(rows.map((r) => r.action)).toEqual(['sign_in', 'sign_out']);
  });
});
