import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BaselineDiff, ReleaseChecklist } from '../../shared/api/releases-types';
import { openProjectDb } from '../support/project-db';
import { runCli } from '../support/cli';
import { addRun, addTestCase } from '../support/release-evidence';
import { CoreFixture, OWNER } from './core-fixture';

// `cairn release-check` (a CI gate: exit 3 listing the blockers, 0 when ready) and `cairn baseline-diff`
// through a real process. Version 1.0.0 is released; 1.1.0 has a record but no test evidence.

let f: CoreFixture;
beforeAll(async () => {
  f = new CoreFixture();
  await f.project();
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'Pump app', description: '' });
  await f.ok('classification.classifySystem', { systemId: 1, answers: { contributesToHazardousSituation: false } });
  const requirement = await f.ok('requirements.create', { text: 'The app shows the infusion rate.', verificationMethod: 'test' });
  const db = openProjectDb(f.path());
  addRun(db, 'RUN-1', '1.0.0', [[addTestCase(db, 'TC-1', [requirement.id]), 'passed']]);
  db.close();
  for (const version of ['1.0.0', '1.1.0']) {
    const { id } = await f.ok('releases.create', { version });
    await f.ok('releases.update', {
      id,
      archiveLocation: 'Vault',
      delivery: 'Portal download',
      confirmations: { 'delivery-verified': { confirmed: true, note: 'Compared the SHA-256 after download' } },
    });
    await f.ok('releases.addArtefact', { id, name: `pump-${version}.zip`, sha256: 'c'.repeat(64), sizeBytes: 10 });
  }
  await f.ok('releases.sign', { id: 1, password: OWNER.password });
  await f.ok('releases.release', { id: 1 });
  await f.ok('requirements.create', { text: 'The app shows the battery level.', verificationMethod: 'inspection' });
  await f.ok('project.close', {});
});
afterAll(() => f.dispose());

const cairn = (...args: string[]) => runCli([...args, '--user', OWNER.email], { userData: join(f.dir, 'cli-user-data'), password: OWNER.password });

describe('cairn release-check', () => {
  it('exits 0 for a ready version', async () => {
    const result = await cairn('release-check', f.path(), '--version', '1.0.0');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✓ 5.8.1 Software verification is complete');
    expect(result.stdout).toContain('– 5.8.3 Known residual anomalies are evaluated (not required for class A)');
    expect(result.stdout).toContain('Ready: nothing blocks the release of 1.0.0.');
  });

  it('exits 3 listing the blockers, also as JSON', async () => {
    const text = await cairn('release-check', f.path(), '--version', '1.1.0');
    expect(text.code).toBe(3);
    expect(text.stdout).toContain('1 blocker(s):\n  5.8.1: 1 requirement without a passed test in a completed run of 1.1.0: REQ-1.');
    const json = await cairn('release-check', f.path(), '--version', '1.1.0', '--json');
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout) as ReleaseChecklist).toMatchObject({ version: '1.1.0', safetyClass: 'A', ready: false, blockers: [expect.stringMatching(/^5\.8\.1: /)] });
  });

  it('exits 2 without a version or with a malformed one', async () => {
    expect((await cairn('release-check', f.path())).code).toBe(2);
    const bad = await cairn('release-check', f.path(), '--version', 'one point oh', '--json');
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'version' } });
  });
});

describe('cairn baseline-diff', () => {
  it('refuses a version that is not released, with exit 1', async () => {
    const result = await cairn('baseline-diff', f.path(), '1.0.0', '1.1.0');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/1\.1\.0 is not released yet/);
  });

  it('compares a baseline with itself as all unchanged, in text and JSON', async () => {
    const text = await cairn('baseline-diff', f.path(), '1.0.0', '1.0.0');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Requirements: 0 added, 0 removed, 0 changed, 1 unchanged');
    const json = JSON.parse((await cairn('baseline-diff', f.path(), '1.0.0', '1.0.0', '--json')).stdout) as BaselineDiff;
    expect(json.types.map((t) => t.itemType)).toEqual(['software_item', 'soup', 'document', 'requirement', 'test_case', 'risk_control']);
  });
});
