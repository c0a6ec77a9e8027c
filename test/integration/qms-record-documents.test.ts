import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_OWNER } from '../support/sample-cache';
import { CoreFixture, OWNER } from './core-fixture';

// The QMS records as controlled documents: each kind is generated from the sample's records, approved,
// exported signed, and read back with pdftotext; a project without records says so in words.

const KINDS = ['training-record', 'capa-log', 'audit-reports', 'management-reviews', 'supplier-list'] as const;

async function approve(f: CoreFixture, type: (typeof KINDS)[number], me: number, password: string) {
  const draft = await f.ok('documents.create', { type });
  const versionId = draft.versions[0]!.id;
  await f.ok('documents.sendForReview', { versionId, approvers: [me], password, changeNote: 'First issue' });
  await f.ok('documents.sign', { versionId, meaning: 'approved', password, acknowledgeSelfApproval: true });
  return draft;
}

function pdfText(f: CoreFixture, name: string, base64: string): { text: string; sig: string } {
  const path = f.path(name);
  writeFileSync(path, Buffer.from(base64, 'base64'));
  return { text: execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }), sig: spawnSync('pdfsig', [path], { encoding: 'utf8' }).stdout };
}

describe('QMS record documents from the sample', () => {
  const f = new CoreFixture();
  const texts = new Map<string, string>();
  beforeAll(async () => {
    const me = (await f.sample()).user!.id;
    for (const type of KINDS) {
      const doc = await approve(f, type, me, SAMPLE_OWNER.password);
      const pdf = await f.ok('documents.exportPdf', { documentId: doc.id, sign: true, password: SAMPLE_OWNER.password });
      const { text, sig } = pdfText(f, `${type}.pdf`, pdf.base64);
      expect(sig, type).toMatch(/Signature is Valid/);
      texts.set(type, text.replace(/\s+/g, ' '));
    }
  }, 120_000);
  afterAll(() => f.dispose());

  it('prints each approved, with the status in the header', () => {
    expect(texts.get('capa-log')).toMatch(/CAPA-LOG v1 · CAPA log APPROVED/);
    expect(texts.get('supplier-list')).toMatch(/SUPPLIER-LIST v1 · Approved supplier list APPROVED/);
  });

  it('states what the records hold', () => {
    const capa = texts.get('capa-log')!;
    expect(capa).toContain('CAPA-001');
    expect(capa).toContain('Release notes missed a changed alert threshold');
    expect(capa).toContain('Actions in progress');
    const suppliers = texts.get('supplier-list')!;
    expect(suppliers).toMatch(/Approved suppliers .*Nordwolke Cloud GmbH/);
    expect(suppliers).toContain('Qualified with conditions');
    expect(suppliers).toContain('Every recorded supplier is approved.');
    expect(texts.get('audit-reports')).toMatch(/IA-001 CAPA \(8\.5\.2, 8\.5\.3\)/);
    expect(texts.get('audit-reports')).toContain('Dr. Katrin Albers (external)');
    // Held 30 days before the sample was built (2025-12-01 for the cached copy; see demo-calendar.ts).
    expect(texts.get('management-reviews')).toMatch(/MR-001 2025-11-01/);
    const training = texts.get('training-record')!;
    expect(training).toMatch(/Training completed .*QM v1/);
    expect(training).toContain('Training outstanding');
  });
});

describe('QMS record documents without records', () => {
  const f = new CoreFixture();
  beforeAll(() => f.project());
  afterAll(() => f.dispose());

  it('say in words that nothing is recorded instead of printing an empty table', async () => {
    const said: Record<string, string> = {
      'capa-log': 'No corrective or preventive action has been recorded.',
      'audit-reports': 'No internal audit has been recorded.',
      'management-reviews': 'No management review has been recorded.',
      'supplier-list': 'No supplier has been recorded.',
      'training-record': 'No training on a procedure has been recorded.',
    };
    for (const type of KINDS) {
      const doc = await f.ok('documents.create', { type });
      const blocks = doc.live.content.sections.flatMap((s) => s.blocks);
      expect(
        blocks.some((b) => b.kind === 'table'),
        type,
      ).toBe(false);
      expect(blocks).toContainEqual({ kind: 'paragraph', text: said[type] });
    }
  });

  it('start a new draft when an approved log’s records change, and only then', async () => {
    const log = (await f.ok('documents.list', {})).find((d) => d.type === 'capa-log')!;
    const detail = await f.ok('documents.get', { documentId: log.id });
    const versionId = detail.versions[0]!.id;
    await f.ok('documents.sendForReview', { versionId, approvers: [1], password: OWNER.password });
    await f.ok('documents.sign', { versionId, meaning: 'approved', password: OWNER.password, acknowledgeSelfApproval: true });
    await f.ok('qms.saveRecord', { kind: 'supplier', fields: { name: 'Example Cloud', supplies: 'Hosting', criticality: 'critical', status: 'qualified' } });
    expect((await f.ok('documents.get', { documentId: log.id })).versions).toHaveLength(1);
    await f.ok('qms.saveRecord', {
      kind: 'capa',
      fields: { title: 'Checklist skipped', source: 'audit', kind: 'corrective', description: 'A release shipped without its checklist.', state: 'open' },
    });
    const after = await f.ok('documents.get', { documentId: log.id });
    expect(after.versions.map((v) => v.state)).toEqual(['approved', 'draft']);
    expect(after.changesSinceApproved?.added.map((r) => r.label)).toEqual(['CAPA-001 Checklist skipped']);
  });
});
