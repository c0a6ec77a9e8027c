import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TechnicalFileExport } from '../../shared/api/technical-file-types';
import { runCli } from '../support/cli';
import { SAMPLE_OWNER } from '../support/sample-cache';
import { CoreFixture } from './core-fixture';

// The technical file from the sample: its index of required elements (EU MDR Annex II/III and the FDA list
// for the sample's Basic level) computed from the records, an outside-Cairn reference the team records,
// and the bundle following the index's order. Read back with pdftotext.

const f = new CoreFixture();
const LABELS_REF = 'IFU-BW-003 rev C, labelling folder of the DMS';
let exported: TechnicalFileExport;
let text = '';

async function approveNew(type: 'supplier-list' | 'capa-log', me: number) {
  const draft = await f.ok('documents.create', { type });
  const versionId = draft.versions[0]!.id;
  await f.ok('documents.sendForReview', { versionId, approvers: [me], password: SAMPLE_OWNER.password, changeNote: 'First issue' });
  await f.ok('documents.sign', { versionId, meaning: 'approved', password: SAMPLE_OWNER.password, acknowledgeSelfApproval: true });
}

beforeAll(async () => {
  const me = (await f.sample()).user!.id;
  await approveNew('supplier-list', me);
  await approveNew('capa-log', me);
  await f.ok('technicalFile.setReference', { element: 'mdr-ii-labelling', reference: LABELS_REF });
  exported = await f.ok('documents.exportTechnicalFile', { sign: true, password: SAMPLE_OWNER.password });
  const path = f.path('technical-file.pdf');
  writeFileSync(path, Buffer.from(exported.pdf.base64, 'base64'));
  expect(spawnSync('pdfsig', [path], { encoding: 'utf8' }).stdout).toMatch(/Signature is Valid/);
  expect(spawnSync('qpdf', ['--check', path]).status).toBe(0);
  text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}, 180_000);
afterAll(() => f.dispose());

describe('the technical file index', () => {
  it('applies the lists the product records call for', () => {
    expect(exported.index.scope).toMatchObject({ markets: 'eu-us', fdaLevel: 'Basic' });
    const parts = [...new Set(exported.index.elements.map((e) => e.part))];
    expect(parts).toEqual(['mdr-annex-ii', 'mdr-annex-iii', 'fda-software']);
    expect(exported.index.elements.map((e) => e.id)).not.toContain('fda-sds');
  });

  it('marks each element present, kept outside Cairn or missing from the records', () => {
    const status = (id: string) => exported.index.elements.find((e) => e.id === id)?.status;
    expect(status('mdr-ii-srs')).toEqual({ state: 'present', documents: [{ docKey: 'SRS', version: 1 }] });
    expect(status('mdr-ii-suppliers')).toEqual({ state: 'present', documents: [{ docKey: 'SUPPLIER-LIST', version: 1 }] });
    // The released 1.0.0 brings its approved release record and known anomalies (issue 16).
    expect(status('mdr-ii-release')).toEqual({ state: 'present', documents: [{ docKey: 'RELEASE-1.0.0', version: 1 }] });
    expect(status('fda-anomalies')).toEqual({ state: 'present', documents: [{ docKey: 'KNOWN-ANOMALIES-1.0.0', version: 1 }] });
    expect(status('mdr-ii-labelling')).toEqual({ state: 'outside', reference: LABELS_REF });
    expect(status('mdr-ii-gspr')).toEqual({ state: 'missing', unapproved: [] });
    const { counts } = exported.index;
    expect(counts.present + counts.outside + counts.missing).toBe(exported.index.elements.length);
    expect(counts.outside).toBe(1);
  });

  it('is printed at the front, before the manifest, with a missing element named', () => {
    const manifest = text.indexOf('The documents of this technical file, in the order they follow.');
    const index = text.lastIndexOf('Technical file index', manifest);
    const contents = text.indexOf('Contents');
    expect(contents).toBeGreaterThan(0);
    expect(text.indexOf('Technical file index', contents)).toBeLessThan(text.indexOf('Manifest', contents));
    expect(index).toBeGreaterThan(text.indexOf('Technical file index', contents));
    const table = text.slice(index, manifest);
    expect(table).toContain('EU MDR Annex II: technical documentation');
    expect(table).toContain('FDA: documentation of device software functions');
    expect(table).toContain(`Kept outside Cairn: ${LABELS_REF}`);
    expect(table).toMatch(/General safety and performance requirements checklist \(Annex I\) Missing/);
    expect(table).toContain('Present: SUPPLIER-LIST v1');
    expect(table).toMatch(/Markets in the product profile: the EU and the US\./);
  });

  it('orders the bundle as the index does, the QMS part after', () => {
    const order = exported.manifest.documents.map((d) => d.docKey);
    expect(order[0]).toBe('PROJECT-SUMMARY');
    const at = (key: string) => order.indexOf(key);
    expect(at('SRS')).toBeGreaterThan(0);
    expect(at('SRS')).toBeLessThan(at('SUPPLIER-LIST'));
    expect(at('SUPPLIER-LIST')).toBeLessThan(at('QM'));
    // The CAPA log holds no element: it follows with the QMS part.
    expect(at('CAPA-LOG')).toBeGreaterThan(at('SUPPLIER-LIST'));
    const cover = (key: string) => text.indexOf(`Document ID ${key} `);
    expect(cover('SRS')).toBeLessThan(cover('SUPPLIER-LIST'));
  });

  it('takes the reference away again, leaving the element missing, and audits both', async () => {
    const after = await f.ok('technicalFile.removeReference', { element: 'mdr-ii-labelling' });
    expect(after.elements.find((e) => e.id === 'mdr-ii-labelling')?.status).toEqual({ state: 'missing', unapproved: [] });
    const { rows } = await f.ok('audit.list', { filter: { entity: 'technical_file_reference' } });
    expect(rows.map((r) => r.action).sort()).toEqual(['create', 'delete']);
    expect((await f.fails('technicalFile.setReference', { element: 'mdr-ii-nowhere', reference: 'x' })).code).toBe('not_found');
    expect((await f.fails('technicalFile.setReference', { element: 'mdr-ii-gspr', reference: '   ' })).code).toBe('invalid_input');
  });

  it('cairn export technical-file reports the element counts', async () => {
    await f.ok('project.close', {});
    const out = join(f.dir, 'cli-technical-file.pdf');
    const result = await runCli(['export', f.path('demo.cairn'), 'technical-file', '--out', out, '--user', SAMPLE_OWNER.email, '--json'], {
      userData: join(f.dir, 'cli-user-data'),
      password: SAMPLE_OWNER.password,
    });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { elements: { present: number; outside: number; missing: number } };
    expect(json.elements.outside).toBe(0);
    expect(json.elements.missing).toBeGreaterThan(0);
  }, 60_000);
});
