import { openProjectDb } from '../support/project-db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runCli } from '../support/cli';
import type { ChainReport } from '../../shared/api/audit-types';
import type { RequirementPage } from '../../shared/api/requirements-types';
import { createInput, OWNER } from '../support/team';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { createTestCore } from '../support/test-core';
import { runMutationWriter } from '../support/two-writers';

const PER_WRITER = Number(process.env.CAIRN_WRITER_MUTATIONS ?? 600);

// Issue 15: the app and a CLI writing one file at once. Writes take the lock at BEGIN IMMEDIATE, where
// the busy timeout waits, so neither side sees "database is locked" as an internal error.
describe('two writer processes on one project file', () => {
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = makeTempDir('two-writers');
    file = join(dir, 'shared.cairn');
    const core = createTestCore({ userDataDir: join(dir, 'setup') });
    const created = await core.call('project.create', createInput(file));
    expect(created.ok).toBe(true);
    await core.close();
  });
  afterAll(() => removeTempDir(dir));

  it(`keeps all ${2 * PER_WRITER} mutations with no internal error and an intact chain`, { timeout: 120_000 }, async () => {
    const started = Date.now();
    const [a, b] = await Promise.all([runMutationWriter(file, join(dir, 'user-a'), 'Writer A', PER_WRITER), runMutationWriter(file, join(dir, 'user-b'), 'Writer B', PER_WRITER)]);
    const refusals = { a: a.errors, b: b.errors };
    console.log(`two-writers: ${2 * PER_WRITER} mutations in ${Date.now() - started} ms; ok A ${a.ok}, B ${b.ok}; refusals ${JSON.stringify(refusals)}`);
    expect(a.errors.internal ?? 0, a.messages.join(' | ')).toBe(0);
    expect(b.errors.internal ?? 0, b.messages.join(' | ')).toBe(0);
    // Only the typed busy refusal may appear at all.
    expect(Object.keys({ ...a.errors, ...b.errors }).filter((code) => code !== 'project_busy')).toEqual([]);

    const core = createTestCore({ userDataDir: join(dir, 'check') });
    expect((await core.call('project.open', { path: file })).ok).toBe(true);
    expect((await core.call('session.signIn', { email: OWNER.email, password: OWNER.password })).ok).toBe(true);
    for (const [label, summary] of [
      ['Writer A', a],
      ['Writer B', b],
    ] as const) {
      const page = await core.invoke('requirements.list', { filter: { text: label }, limit: 1 });
      expect(page.ok && (page.value as RequirementPage).total, `${label}: every acknowledged mutation is stored, none twice`).toBe(summary.ok);
    }
    const chain = await core.invoke('audit.verify', {});
    expect(chain.ok && (chain.value as ChainReport)).toMatchObject({ ok: true, firstBroken: null });
    await core.close();
  });

  it('reports a write the other program keeps locked past the busy timeout as project_busy, CLI exit 1', { timeout: 30_000 }, async () => {
    // A raw connection holding the write lock stands in for an app in the middle of a long write.
    const holder = openProjectDb(file);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const result = await runCli(['api', file, 'project.update', '{"productName":"Blocked"}', '--user', OWNER.email], { userData: join(dir, 'cli'), password: OWNER.password });
      expect(result.code, result.stderr).toBe(1);
      expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, error: { code: 'project_busy' } });
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });
});
