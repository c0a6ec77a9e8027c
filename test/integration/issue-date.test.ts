import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { createCore } from '../../electron/core/core';
import { OWNER } from './core-fixture';

// An approved document was issued when it was approved: printing it months later must not move its issue date.
// The clock is moved by hand so approval and export fall on different days.

const dir = mkdtempSync(join(tmpdir(), 'cairn-issue-'));
let now = new Date('2026-01-10T09:00:00Z');
const core = createCore({ appVersion: '9.9.9-test', migrationsDir: 'migrations', userDataDir: join(dir, 'user-data'), clock: () => now });
afterAll(async () => {
  await core.close();
  rmSync(dir, { recursive: true, force: true });
});

async function ok<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await core.call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as OutputOf<M>;
}

async function coverText(documentId: number, name: string): Promise<string> {
  const pdf = await ok('documents.exportPdf', { documentId });
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(pdf.base64, 'base64'));
  return execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '2', path, '-'], { encoding: 'utf8' });
}

describe('issue date', () => {
  it('is the approval date for an approved version and the print date for a draft, and every page header states the status', async () => {
    await ok('project.create', { path: join(dir, 'p.cairn'), productName: 'Infusion Pump', manufacturer: 'Acme Medical', owner: OWNER });
    const draft = await ok('documents.create', { type: 'project-summary' });
    now = new Date('2026-02-01T09:00:00Z');
    expect(await coverText(draft.id, 'draft.pdf')).toMatch(/Issue date\s+2026-02-01/);
    await ok('documents.sendForReview', { versionId: draft.versions[0]!.id, approvers: [1], password: OWNER.password, changeNote: 'First issue' });
    now = new Date('2026-02-03T09:00:00Z');
    await ok('documents.sign', { versionId: draft.versions[0]!.id, meaning: 'approved', password: OWNER.password, acknowledgeSelfApproval: true });
    now = new Date('2026-05-20T09:00:00Z');
    const text = await coverText(draft.id, 'approved.pdf');
    expect(text).toMatch(/Issue date\s+2026-02-03/);
    expect(text).not.toContain('2026-05-20');
    expect(text).toMatch(/PROJECT-SUMMARY v1 · Project summary\s+APPROVED/);
  }, 60_000);
});
