import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntegrityStatus } from '../../shared/api/audit-types';
import { copySample, SAMPLE_OWNER } from '../support/sample-cache';
import { tamperCopy } from '../support/tamper';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { createTestCore } from '../support/test-core';

// Issue 14 point 1: after a project opens, the app runs verify's check in a worker thread and reports
// progress, then the verdict, through audit.integrityStatus, while other requests go on being answered.
const dir = makeTempDir('integrity-on-open');
const core = createTestCore({ userDataDir: join(dir, 'user-data') });
const sample = join(dir, 'sample.cairn');

async function call(method: string, input: unknown = {}): Promise<unknown> {
  const result = await core.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}

async function openSignedIn(path: string): Promise<void> {
  await call('project.open', { path });
  await call('session.signIn', { email: SAMPLE_OWNER.email, password: SAMPLE_OWNER.password });
}

async function finished(): Promise<IntegrityStatus> {
  for (;;) {
    const status = (await call('audit.integrityStatus')) as IntegrityStatus;
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(() => {
  copySample(sample);
});
afterAll(async () => {
  await core.close();
  removeTempDir(dir);
});

describe('the background integrity check', () => {
  it('starts when first asked after opening, answers other requests meanwhile, and ends intact with counts and time', async () => {
    await openSignedIn(sample);
    const first = (await call('audit.integrityStatus')) as IntegrityStatus;
    expect(first).toMatchObject({ state: 'running', report: null });
    expect(first.startedAt).not.toBeNull();
    // The core is not held up by the check: a read answers before the check has finished.
    const summary = (await call('project.summary')) as { auditRows: number };
    expect(summary.auditRows).toBeGreaterThan(100);
    const done = await finished();
    expect(done.state).toBe('done');
    expect(done.report).toMatchObject({ ok: true, problems: [], firstBroken: null });
    expect(done.checked).toBe(done.report?.checked);
    expect(done.total).toBe(done.checked);
    expect(done.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('names the table, record and difference of a file edited outside Cairn', async () => {
    await call('project.close');
    const copy = join(dir, 'tampered.cairn');
    tamperCopy(sample, copy, (db) => db.prepare("UPDATE requirement SET text = 'The pump may run dry.' WHERE human_id = (SELECT min(human_id) FROM requirement)").run());
    await openSignedIn(copy);
    const done = await finished();
    expect(done.state).toBe('done');
    expect(done.report?.ok).toBe(false);
    expect(done.report?.problems).toContainEqual(
      expect.objectContaining({ kind: 'records', table: 'requirement', record: expect.stringMatching(/^REQ-/), detail: expect.stringMatching(/The pump may run dry/) }),
    );
  });

  it('starts afresh for each opening', async () => {
    await call('project.close');
    await openSignedIn(sample);
    expect(((await call('audit.integrityStatus')) as IntegrityStatus).state).toBe('running');
    expect((await finished()).report?.ok).toBe(true);
  });
});
