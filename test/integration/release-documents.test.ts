import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProjectDb } from '../support/project-db';
import { addProblem, addRun, addTestCase } from '../support/release-evidence';
import { CoreFixture, OWNER } from './core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
});
afterEach(() => f.dispose());

/** A class A product whose 2.0.0 is released with one known anomaly and one archived file. */
async function releasedVersion() {
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'Pump app', description: '' });
  await f.ok('classification.classifySystem', { systemId: 1, answers: { contributesToHazardousSituation: false } });
  const requirement = await f.ok('requirements.create', { text: 'The app shows the infusion rate.', verificationMethod: 'test' });
  const db = openProjectDb(f.path());
  addRun(db, 'RUN-1', '2.0.0', [[addTestCase(db, 'TC-1', [requirement.id]), 'passed']]);
  addProblem(db, 'PR-7', 'History chart clips the last hour', {
    criticality: 'low',
    affectsSafety: 0,
    decision: 'defer',
    anomalyEvaluation: 'Display only; values stay correct.',
    userMitigation: 'Scroll the chart.',
  });
  db.close();
  const { id } = await f.ok('releases.create', { version: '2.0.0', title: 'Spring release' });
  await f.ok('releases.update', {
    id,
    archiveLocation: 'Vault',
    delivery: 'Portal',
    releaseNotes: 'Faster start.',
    confirmations: { 'delivery-verified': { confirmed: true, note: 'Compared after download' } },
  });
  await f.ok('releases.addArtefact', { id, name: 'pump-2.0.0.msi', sha256: 'd'.repeat(64), sizeBytes: 4096 });
  await f.ok('releases.sign', { id, password: OWNER.password });
  await f.ok('releases.release', { id });
}

describe('release documents', () => {
  it('builds the release record and the known anomalies list of a version, once each', async () => {
    await releasedVersion();
    const record = await f.ok('documents.create', { type: 'release-record', version: '2.0.0' });
    expect(record).toMatchObject({ docKey: 'RELEASE-2.0.0', title: 'Release record, version 2.0.0' });
    const sections = record.live.content.sections;
    expect(sections.map((s) => s.heading)).toEqual([
      'Release',
      'Release checklist (IEC 62304 5.8, class A)',
      'Release notes',
      'Build (5.8.5)',
      'Archive (5.8.7)',
      'Delivery (5.8.8)',
      'Known residual anomalies (5.8.2)',
      'Approval',
      'Frozen baseline (IEC 62304 8.1.3)',
    ]);
    expect(JSON.stringify(sections)).toContain('d'.repeat(64));

    const anomalies = await f.ok('documents.create', { type: 'known-anomalies', version: '2.0.0' });
    const table = anomalies.live.content.sections[0]?.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows).toEqual([
      ['PR-7', 'History chart clips the last hour', 'low', 'Does not affect safety.\nDisplay only; values stay correct.', 'Scroll the chart.', 'Decision: defer.'],
    ]);

    expect(await f.fails('documents.create', { type: 'release-record', version: '2.0.0' })).toMatchObject({ code: 'conflict', field: 'version' });
    expect(await f.fails('documents.create', { type: 'known-anomalies', version: '9.9.9' })).toMatchObject({ code: 'not_found', field: 'version' });

    const pdf = await f.ok('documents.exportPdf', { documentId: record.id });
    const file = join(f.dir, 'release.pdf');
    writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Release record, version 2.0.0');
    expect(text).toContain('pump-2.0.0.msi');
    expect(text).toMatch(/5\.8\.1\s+Software verification is complete\s+Met/);
  });
});
