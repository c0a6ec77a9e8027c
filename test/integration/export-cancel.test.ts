import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestProject } from '../support/project-db';
import { CoreFixture } from './core-fixture';

let f: CoreFixture;
let documentId: number;

/** Enough audit rows that laying out their extract takes seconds. */
async function bulkRows(count: number): Promise<void> {
  await f.ok('project.close', {});
  const project = openTestProject(f.path(), undefined, () => '2026-01-01T00:00:00.000Z');
  project.db.transaction(() => {
    const entries = Array.from({ length: count }, (_, i) => ({ action: 'update', entity: 'note', entityId: i, summary: `Routine change ${i}`, after: { n: i } }));
    project.audit.append(entries, { id: 1, name: 'Ada Owner' }, 'bench.fill', '2026-01-01T00:00:00.000Z');
  })();
  project.close();
  await f.ok('project.open', { path: f.path() });
  await f.ok('session.signIn', { email: 'ada@example.com', password: 'owner-password-1' });
}

beforeAll(async () => {
  f = new CoreFixture();
  await f.project();
  await bulkRows(6000);
  documentId = (await f.ok('documents.create', { type: 'audit-extract' })).id;
});
afterAll(() => f.dispose());

describe('cancelling an export', () => {
  it('stops the render mid-layout, answers cancelled and records no export', async () => {
    const before = await f.auditCount();
    let cancelAnswer: unknown;
    const stop = f.core.onEvent((event) => {
      if (event.type === 'job.progressed' && event.label.startsWith('Laying out') && cancelAnswer === undefined) {
        cancelAnswer = 'asked';
        void f.core.call('jobs.cancel', { method: 'documents.exportPdf' }).then((answer) => (cancelAnswer = answer));
      }
    });
    const started = Date.now();
    const result = await f.fails('documents.exportPdf', { documentId });
    stop();
    expect(result.code).toBe('cancelled');
    expect(cancelAnswer).toEqual({ ok: true, value: { cancelled: true } });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await f.auditCount()).toBe(before);
  });

  it('still exports when nobody cancels', async () => {
    const pdf = await f.ok('documents.exportPdf', { documentId });
    expect(pdf.bytes).toBeGreaterThan(100_000);
  });
});
