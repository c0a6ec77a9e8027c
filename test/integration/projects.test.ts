import { openProjectDb } from '../support/project-db';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TEAM } from '../../electron/core/demo/demo-content';
import { CoreFixture, OWNER } from './core-fixture';

let f: CoreFixture;
beforeEach(() => {
  f = new CoreFixture();
});
afterEach(() => f.dispose());

describe('project files', () => {
  it('creates one SQLite file with WAL, marked as a Cairn project, adding the extension', async () => {
    const status = await f.ok('project.create', { path: join(f.dir, 'pump'), productName: 'Pump', manufacturer: 'Acme', owner: OWNER });
    expect(status.project?.path).toBe(join(f.dir, 'pump.cairn'));
    expect(existsSync(join(f.dir, 'pump.cairn.creating'))).toBe(false);
    const db = openProjectDb(join(f.dir, 'pump.cairn'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('application_id', { simple: true })).toBe(0x43414952);
    db.close();
  });

  it('closes an encrypted project whose file was moved away while open, and opens another', async () => {
    await f.project();
    renameSync(f.path(), f.path('moved.cairn'));
    expect(await f.ok('project.close', {})).toMatchObject({ project: null });
    await f.project('second.cairn');
    expect((await f.ok('app.status', {})).project?.path).toBe(f.path('second.cairn'));
  });

  it('never overwrites an existing file', async () => {
    writeFileSync(f.path('taken.cairn'), 'precious');
    expect(await f.fails('project.create', { path: f.path('taken.cairn'), productName: 'P', manufacturer: 'M', owner: OWNER })).toMatchObject({
      code: 'file_exists',
      field: 'path',
    });
  });

  it('explains a missing folder', async () => {
    expect(await f.fails('project.create', { path: join(f.dir, 'nope', 'p.cairn'), productName: 'P', manufacturer: 'M', owner: OWNER })).toMatchObject({
      code: 'file_not_found',
      field: 'path',
    });
  });

  it('opens an existing project and lists who may sign in', async () => {
    await f.project();
    await f.ok('users.add', { name: 'Rita Reviewer', email: 'rita@example.com', role: 'reviewer', password: 'reviewer-pass-1' });
    await f.ok('project.close', {});
    // Issue 15: encrypted, so nothing (not even the product's name) is readable without a member's password.
    expect(await f.ok('project.open', { path: f.path() })).toEqual({ project: null, users: [] });
    const opened = await f.ok('project.open', { path: f.path(), password: 'reviewer-pass-1' });
    expect(opened.project).toMatchObject({ productName: 'Infusion Pump', manufacturer: 'Acme Medical', createdWith: '9.9.9-test', encrypted: true });
    expect(opened.users.map((u) => u.name)).toEqual([OWNER.name, 'Rita Reviewer']);
    expect(opened.users[0]).not.toHaveProperty('passwordHash');
  });

  it('updates product details, refusing a no-op', async () => {
    await f.project();
    expect(await f.ok('project.update', { productName: 'Infusion Pump X2' })).toMatchObject({ productName: 'Infusion Pump X2', manufacturer: 'Acme Medical' });
    expect((await f.fails('project.update', { productName: 'Infusion Pump X2' })).code).toBe('invalid_input');
  });

  it('backs up to a consistent copy that opens on its own', async () => {
    await f.project();
    const backup = await f.ok('project.backup', { dest: f.path('copy.cairn') });
    expect(backup.bytes).toBeGreaterThan(0);
    expect((await f.fails('project.backup', { dest: f.path('copy.cairn') })).code).toBe('file_exists');
    expect((await f.fails('project.backup', { dest: f.path() })).code).toBe('invalid_input');
    // Issue 15: audited, and an earlier backup (a Cairn project file) may be replaced on request.
    const [row] = (await f.ok('audit.list', { limit: 1 })).rows;
    expect(row).toMatchObject({ method: 'project.backup', action: 'backup', userName: OWNER.name });
    expect((await f.ok('project.backup', { dest: f.path('copy.cairn'), overwrite: true })).bytes).toBeGreaterThan(0);
    await f.ok('session.signOut', {});
    expect((await f.fails('project.backup', { dest: f.path('other.cairn') })).code).toBe('not_signed_in');
    await f.ok('session.signIn', { email: OWNER.email, password: OWNER.password });
    await f.ok('project.open', { path: f.path('copy.cairn') });
    await f.ok('session.signIn', { email: OWNER.email, password: OWNER.password });
    expect((await f.ok('audit.verify', {})).ok).toBe(true);
    expect((await f.ok('project.summary', {})).project.productName).toBe('Infusion Pump');
  });

  it('remembers recent projects, newest first, and notices moved files', async () => {
    await f.project('a.cairn');
    await f.project('b.cairn');
    const recent = await f.ok('recent.list', {});
    expect(recent.map((r) => r.path)).toEqual([f.path('b.cairn'), f.path('a.cairn')]);
    mkdirSync(join(f.dir, 'moved'));
    await f.ok('project.close', {});
    const { renameSync } = await import('node:fs');
    renameSync(f.path('a.cairn'), join(f.dir, 'moved', 'a.cairn'));
    expect((await f.ok('recent.list', {})).find((r) => r.path === f.path('a.cairn'))?.exists).toBe(false);
    expect((await f.ok('recent.forget', { path: f.path('a.cairn') })).map((r) => r.path)).toEqual([f.path('b.cairn')]);
  });
});

describe('dashboard', () => {
  it('summarises product, team, milestones and activity', async () => {
    await f.project();
    let summary = await f.ok('project.summary', {});
    // Set-up only: classification and the clause checklist are the walk's stages, not counted twice.
    expect(summary.milestones.map((m) => m.key)).toEqual(['project', 'team', 'profile']);
    expect(summary.milestones.find((m) => m.key === 'team')?.done).toBe(false);
    await f.ok('users.add', { name: 'Rita Reviewer', email: 'rita@example.com', role: 'reviewer', password: 'reviewer-pass-1' });
    summary = await f.ok('project.summary', {});
    expect(summary.team.map((m) => m.role)).toEqual(['owner', 'reviewer']);
    expect(summary.milestones.find((m) => m.key === 'team')).toMatchObject({ done: true, detail: '2 active members' });
    expect(summary.recentActivity[0]?.summary).toBe('Rita Reviewer added as reviewer');
    // Creation: project, owner, sign-in, the owner's first key and the creation anchor it signs.
    expect(summary.auditRows).toBe(6);
  });
});

describe('audit trail queries', () => {
  it('filters, sorts and pages', async () => {
    await f.project();
    for (let i = 0; i < 5; i++) await f.ok('project.update', { productName: `Pump ${i}` });
    const page = await f.ok('audit.list', { offset: 1, limit: 2, sort: { column: 'seq', dir: 'asc' }, filter: { action: 'update' } });
    expect(page.total).toBe(5);
    expect(page.rows.map((r) => r.after)).toEqual([
      { productName: 'Pump 1', manufacturer: 'Acme Medical' },
      { productName: 'Pump 2', manufacturer: 'Acme Medical' },
    ]);
    expect((await f.ok('audit.list', { filter: { text: 'added as' } })).rows.map((r) => r.summary)).toEqual([`${OWNER.name} added as owner`]);
    expect((await f.ok('audit.list', { filter: { text: '100%_' } })).total).toBe(0);
    const byAction = await f.ok('audit.list', { sort: { column: 'action', dir: 'asc' }, limit: 1 });
    expect(byAction.rows[0]?.action).toBe('anchor');
    const facets = await f.ok('audit.facets', {});
    expect(facets).toEqual({
      entities: ['audit_anchor', 'project', 'signing_key', 'user'],
      actions: ['anchor', 'create', 'generate_key', 'sign_in', 'update'],
      users: [{ id: 1, name: OWNER.name }],
    });
  });

  it('filters by time window', async () => {
    await f.project();
    const all = (await f.ok('audit.list', { sort: { column: 'seq', dir: 'asc' } })).rows;
    const from = all[1]!.at;
    const window = await f.ok('audit.list', { filter: { from, to: from } });
    expect(window.rows.every((r) => r.at === from)).toBe(true);
    expect(window.total).toBeGreaterThan(0);
  });
});

describe('sample project', () => {
  it('builds the BreathWise demo through the API and signs in as its owner', async () => {
    const status = await f.ok('project.createDemo', { path: f.path('demo') });
    expect(status.project?.productName).toBe('BreathWise Home Spirometry');
    expect(status.user?.email).toBe(DEMO_TEAM[0].email);
    expect((await f.ok('users.list', {})).map((u) => u.role).sort()).toEqual(['approver', 'author', 'owner', 'reviewer']);
    await f.ok('session.signOut', {});
    await f.ok('session.signIn', { email: DEMO_TEAM[2]!.email, password: DEMO_PASSWORD });
    expect((await f.ok('audit.verify', {})).ok).toBe(true);
    const documents = await f.ok('documents.list', {});
    const states = Object.fromEntries(documents.map((d) => [d.docKey.replace(/^AUDIT-.*/, 'AUDIT'), d.state]));
    expect(states).toMatchObject({
      '62304-PLAN': 'draft',
      AUDIT: 'draft',
      'PROJECT-SUMMARY': 'approved',
      SSC: 'approved',
      SDP: 'approved',
      'SOUP-LIST': 'approved',
      SAD: 'approved',
      'RISK-REPORT': 'approved',
      'TEST-REPORT-1.0.0': 'approved',
      // The release's own documents are approved once it is released (they print the record frozen then).
      'RELEASE-1.0.0': 'approved',
      'KNOWN-ANOMALIES-1.0.0': 'approved',
      QM: 'approved',
      'SOP-PMS': 'approved',
    });
    // Only the documents that hold the requirement drafted for 1.1.0 after the release have moved on from
    // their approved versions; nothing else the sample approved drifted while the rest of it was written.
    expect(documents.filter((d) => d.changedSinceApproved).map((d) => d.docKey)).toEqual(['SRS', 'TEST-PLAN', 'TRACE']);
    expect(documents.find((d) => d.docKey === 'PROJECT-SUMMARY')?.approvals.map((a) => `${a.meaning}:${a.name}`)).toEqual([
      'authored:Jonas Brandt',
      'reviewed:Sofia Lindqvist',
      'approved:Henrik Vogel',
    ]);
    const tree = await f.ok('software.tree', {});
    expect(tree.map((s) => [s.humanId, s.effectiveClass, s.classSource])).toEqual([
      ['SYS-001', 'B', 'classified'],
      ['SYS-002', 'A', 'classified'],
    ]);
    expect(tree[0]?.children.find((c) => c.classSource === 'segregated')?.name).toBe('Education content viewer');
    expect((await f.ok('product.get', {})).missing).toEqual([]);
    expect((await f.ok('plan.get', {})).projectClass).toBe('B');
  });

  it('leaves nothing behind when the demo cannot be built', async () => {
    writeFileSync(f.path('demo.cairn'), 'taken');
    expect((await f.fails('project.createDemo', { path: f.path('demo') })).code).toBe('file_exists');
  });
});
