import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecentProjects } from '../../electron/core/app-state/recent-projects';
import { ClientSessions } from '../../electron/core/client-sessions';
import type { Handlers } from '../../electron/core/context';
import { loadMigrations } from '../../electron/core/db/migrations';
import { Dispatcher, type CoreEvent } from '../../electron/core/dispatcher';
import { handlers } from '../../electron/core/handlers';
import { JobRegistry } from '../../electron/core/jobs';
import { CoreFixture, OWNER } from './core-fixture';

let f: CoreFixture;
beforeEach(() => {
  f = new CoreFixture();
});
afterEach(() => f.dispose());

describe('validation at the door', () => {
  it('refuses unknown methods by name', async () => {
    expect(await f.fails('users.drop', {})).toEqual({ code: 'unknown_method', message: 'There is no method called "users.drop".' });
    expect((await f.fails('__proto__', {})).code).toBe('unknown_method');
    expect((await f.fails('toString', {})).code).toBe('unknown_method');
  });

  it('names the field at fault', async () => {
    await f.project();
    expect(await f.fails('users.add', { name: 'Bo', email: 'not-an-email', role: 'author', password: 'long-enough-pw' })).toMatchObject({
      code: 'invalid_input',
      field: 'email',
    });
    expect(await f.fails('users.add', { name: 'Bo', email: 'bo@example.com', role: 'admin', password: 'long-enough-pw' })).toMatchObject({
      code: 'invalid_input',
      field: 'role',
    });
    expect(await f.fails('project.create', { path: 'x', productName: 'P', manufacturer: 'M', owner: { ...OWNER, password: 'short' } })).toMatchObject({
      code: 'invalid_input',
      field: 'owner.password',
    });
    expect(await f.fails('users.list', { extra: 1 })).toMatchObject({ code: 'invalid_input', field: 'extra' });
    expect(await f.fails('users.list', [])).toMatchObject({ code: 'invalid_input' });
  });
});

describe('access', () => {
  it('needs an open project, then a signed-in user, then the owner role', async () => {
    expect((await f.fails('users.list', {})).code).toBe('no_project_open');
    await f.project();
    await f.ok('users.add', { name: 'Rita Reviewer', email: 'rita@example.com', role: 'reviewer', password: 'reviewer-pass-1' });
    await f.ok('session.signOut', {});
    expect((await f.fails('users.list', {})).code).toBe('not_signed_in');
    await f.ok('session.signIn', { email: 'rita@example.com', password: 'reviewer-pass-1' });
    expect((await f.ok('users.list', {})).length).toBe(2);
    expect((await f.fails('users.add', { name: 'X Y', email: 'x@example.com', role: 'author', password: 'long-enough-pw' })).code).toBe('forbidden');
  });

  it('drops a session whose user was deactivated meanwhile', async () => {
    // A plain file: deactivating a member of an encrypted one re-keys it, which waits until no other door has it open.
    await f.ok('project.create', { path: f.path(), productName: 'Infusion Pump', manufacturer: 'Acme Medical', owner: OWNER, encrypted: false });
    const rita = await f.ok('users.add', { name: 'Rita Reviewer', email: 'rita@example.com', role: 'reviewer', password: 'reviewer-pass-1' });
    await f.ok('session.signOut', {});
    await f.ok('session.signIn', { email: 'rita@example.com', password: 'reviewer-pass-1' });
    // An owner elsewhere (another door on the same file) deactivates Rita.
    const other = new CoreFixture();
    await other.ok('project.open', { path: f.path() });
    await other.ok('session.signIn', { email: OWNER.email, password: OWNER.password });
    await other.ok('users.deactivate', { userId: rita.id });
    await other.dispose();
    expect((await f.fails('users.list', {})).code).toBe('not_signed_in');
  });
});

describe('mutations', () => {
  function dispatcherWith(overrides: Partial<Handlers>, session: ClientSessions, events: CoreEvent[] = []) {
    return new Dispatcher({
      config: { appVersion: 't', migrationsDir: 'migrations', userDataDir: f.path('ud') },
      migrations: loadMigrations('migrations'),
      recent: new RecentProjects(f.path('ud')),
      sessions: session,
      handlers: { ...handlers, ...overrides } as typeof handlers,
      jobs: new JobRegistry(),
      emit: (event) => events.push(event),
    });
  }

  async function openSession(): Promise<ClientSessions> {
    await f.project();
    await f.core.close();
    const session = new ClientSessions();
    const d = dispatcherWith({}, session);
    await d.call('project.open', { path: f.path() });
    await d.call('session.signIn', { email: OWNER.email, password: OWNER.password });
    return session;
  }

  it('write the change and its audit rows in one transaction, or neither', async () => {
    const session = await openSession();
    const before = session.project!.audit.count();
    const failing = dispatcherWith(
      {
        'project.update': (input, ctx) => {
          ctx.project.project.update({ productName: 'Half-written', manufacturer: 'X' });
          ctx.audit({ action: 'update', entity: 'project', summary: 'should vanish' });
          throw new Error('disk on fire');
        },
      },
      session,
    );
    const result = await failing.call('project.update', { productName: 'New name' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(session.project!.project.get().productName).toBe('Infusion Pump');
    expect(session.project!.audit.count()).toBe(before);
  });

  it('are refused when they leave no audit row', async () => {
    const session = await openSession();
    const silent = dispatcherWith(
      {
        'project.update': (_input, ctx) => ctx.project.project.update({ productName: 'Sneaky', manufacturer: 'X' }),
      },
      session,
    );
    const result = await silent.call('project.update', { productName: 'Sneaky' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(session.project!.project.get().productName).toBe('Infusion Pump');
  });

  it('record who, when, what and before → after, and announce the change', async () => {
    const session = await openSession();
    const events: CoreEvent[] = [];
    const d = dispatcherWith({}, session, events);
    await d.call('project.update', { manufacturer: 'Acme Medical GmbH' });
    const [row] = session.project!.audit.recent(1);
    expect(row).toMatchObject({
      userName: OWNER.name,
      method: 'project.update',
      action: 'update',
      entity: 'project',
      before: { productName: 'Infusion Pump', manufacturer: 'Acme Medical' },
      after: { productName: 'Infusion Pump', manufacturer: 'Acme Medical GmbH' },
    });
    expect(events).toEqual([{ type: 'project.changed', method: 'project.update' }]);
  });
});
