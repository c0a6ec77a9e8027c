import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportedPdf, PdfVerification } from '../../shared/api/documents-types';
import type { ChainReport } from '../../shared/api/audit-types';
import { DEMO_PASSWORD } from '../../electron/core/demo/demo-content';
import { cadesDetached } from '../../electron/core/signing/cms';
import { generateUserKey, unlockKey } from '../../electron/core/signing/user-keys';
import type { Core } from '../../electron/core/core';
import { tamperCopy } from '../support/tamper';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { createTestCore } from '../support/test-core';

// Forged and damaged copies of a genuine signed export: each must fail `verify-pdf` (verified: false, which
// the CLI turns into exit 3). pdfsig's own verdict is recorded beside each, to show what it does and does not see.
const dir = makeTempDir('pdf-forgery');
const userData = join(dir, 'user-data');
const sample = join(dir, 'sample.cairn');
const APPROVER = 'henrik.vogel@alder-resp.example';
let genuine: Buffer;
let strangerPdf: Buffer;

async function ok<T>(core: Core, method: string, input: unknown): Promise<T> {
  const result = await core.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function signedExport(core: Core, docKey: string, password: string): Promise<Buffer> {
  const docs = await ok<{ id: number; docKey: string }[]>(core, 'documents.list', {});
  const doc = docs.find((d) => d.docKey === docKey);
  const pdf = await ok<ExportedPdf>(core, 'documents.exportPdf', { documentId: doc?.id ?? 0, sign: true, password });
  return Buffer.from(pdf.base64, 'base64');
}

async function verify(pdf: Buffer, project: string | null = sample): Promise<PdfVerification> {
  const core = createTestCore({ userDataDir: userData });
  try {
    if (project) await ok(core, 'project.open', { path: project, password: DEMO_PASSWORD });
    return await ok<PdfVerification>(core, 'documents.verifyPdf', { base64: pdf.toString('base64') });
  } finally {
    await core.close();
  }
}

function pdfsig(pdf: Buffer, name: string): string {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, pdf);
  return execFileSync('pdfsig', [path], { encoding: 'utf8' });
}

/** An incremental update holding a second signature that covers the whole file, made with a key of one's own. */
function appendSelfSignedSignature(pdf: Buffer): Buffer {
  const password = 'mallory-password';
  const stored = generateUserKey({ name: 'Henrik Vogel', email: APPROVER, organisation: 'Alder Respiratory Technologies GmbH' }, password, new Date('2026-06-01T00:00:00Z'));
  const contentsHex = 16_384 * 2;
  const head = Buffer.from(
    `\n99 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange [0 AAAAAAAAAA BBBBBBBBBB CCCCCCCCCC] /Contents <`,
    'latin1',
  );
  const tail = Buffer.from(`> /M (D:20260601000000Z) >>\nendobj\n`, 'latin1');
  const gapStart = pdf.length + head.length - 1;
  const gapEnd = gapStart + contentsHex + 2;
  // The tail's first byte is the closing '>' at gapEnd - 1.
  const total = gapEnd - 1 + tail.length;
  const range = `0 ${String(gapStart).padStart(10, '0')} ${String(gapEnd).padStart(10, '0')} ${String(total - gapEnd).padStart(10, '0')}`;
  const headText = head.toString('latin1').replace('0 AAAAAAAAAA BBBBBBBBBB CCCCCCCCCC', range);
  const unsigned = Buffer.concat([pdf, Buffer.from(headText, 'latin1'), Buffer.alloc(contentsHex, '0'), tail]);
  const signedBytes = Buffer.concat([unsigned.subarray(0, gapStart), unsigned.subarray(gapEnd)]);
  const cms = cadesDetached(signedBytes, unlockKey(stored, password), stored.certificatePem).toString('hex').padEnd(contentsHex, '0');
  return Buffer.concat([unsigned.subarray(0, gapStart + 1), Buffer.from(cms, 'latin1'), unsigned.subarray(gapEnd - 1)]);
}

beforeAll(async () => {
  const core = createTestCore({ userDataDir: userData });
  await ok(core, 'project.createDemo', { path: sample });
  await ok(core, 'session.signIn', { email: APPROVER, password: DEMO_PASSWORD });
  genuine = await signedExport(core, 'SRS', DEMO_PASSWORD);
  await core.close();
  // Another project whose owner has the same name and e-mail: a genuine Cairn signature, by another key.
  const other = createTestCore({ userDataDir: userData });
  await ok(other, 'project.create', {
    path: join(dir, 'other.cairn'),
    productName: 'Other',
    manufacturer: 'Other Ltd',
    owner: { name: 'Henrik Vogel', email: APPROVER, password: 'another-password-1' },
  });
  await ok(other, 'documents.create', { type: 'project-summary' });
  strangerPdf = await signedExport(other, 'PROJECT-SUMMARY', 'another-password-1');
  await other.close();
}, 180_000);
afterAll(() => removeTempDir(dir));

describe('the genuine signed export', () => {
  it('verifies with its project (exit 0), and pdfsig agrees', async () => {
    const report = await verify(genuine);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ verified: true, verdict: 'verified', signatureCount: 1 });
    expect(pdfsig(genuine, 'genuine')).toContain('Signature is Valid.');
  });

  it('without a trust anchor says "intact, signer not verified" and does not pass', async () => {
    expect(await verify(genuine, null)).toMatchObject({ verified: false, verdict: 'intact, signer not verified', intact: true });
  });
});

describe('forgeries', () => {
  it('a flipped byte inside the signed range (pdfsig: Digest Mismatch)', async () => {
    const forged = Buffer.from(genuine);
    const at = 2000;
    forged[at] = (forged[at] ?? 0) ^ 0x01;
    expect(await verify(forged)).toMatchObject({ verified: false, intact: false });
    expect(pdfsig(forged, 'flipped')).toMatch(/Digest Mismatch|Signature is Invalid/);
  });

  it('an appended update without a signature (pdfsig: Not total document signed)', async () => {
    const forged = Buffer.concat([genuine, Buffer.from('\n% an update nobody signed\n', 'latin1')]);
    expect(await verify(forged)).toMatchObject({ verified: false, coversWholeFile: false });
    expect(pdfsig(forged, 'appended')).toContain('Not total document signed');
  });

  it("the embedded certificate's CN edited inside /Contents (pdfsig: Unknown Validation Failure)", async () => {
    const text = genuine.toString('latin1');
    const cnHex = Buffer.from('Henrik Vogel', 'utf8').toString('hex');
    const at = text.toLowerCase().indexOf(cnHex);
    expect(at).toBeGreaterThan(0);
    const forged = Buffer.from(text.slice(0, at) + Buffer.from('Henrik Vogez', 'utf8').toString('hex') + text.slice(at + cnHex.length), 'latin1');
    const report = await verify(forged);
    expect(report.verified).toBe(false);
    expect(report.problems.join(' ')).toMatch(/signing-certificate-v2 digest does not match/);
    expect(pdfsig(forged, 'cn-edited')).toContain('Unknown Validation Failure');
  });

  it('a second signature appended by a certificate that is not trusted', async () => {
    const forged = appendSelfSignedSignature(genuine);
    const report = await verify(forged);
    expect(report).toMatchObject({ verified: false, signatureCount: 2, coversWholeFile: true });
    expect(report.problems.join(' ')).toMatch(/Signature 2 of 2: the signer's certificate .* is not trusted/);
    expect(pdfsig(forged, 'second-signature')).toContain('Signature #1');
  });

  it('a genuine Cairn signature from another project whose user has the same name and e-mail', async () => {
    const report = await verify(strangerPdf);
    expect(report.signer).toMatchObject({ name: 'Henrik Vogel', email: APPROVER, trusted: false });
    expect(report.verified).toBe(false);
    expect(pdfsig(strangerPdf, 'stranger')).toContain('Signature is Valid.');
  });
});

describe('cairn verify --anchor: the audit head a PDF was made at', () => {
  async function verifyWithAnchor(project: string): Promise<ChainReport> {
    const core = createTestCore({ userDataDir: userData });
    try {
      await ok(core, 'project.open', { path: project, password: DEMO_PASSWORD });
      return await ok<ChainReport>(core, 'audit.verify', { anchorPdfBase64: genuine.toString('base64') });
    } finally {
      await core.close();
    }
  }

  it("is found in the project's history", async () => {
    expect(genuine.toString('latin1')).toMatch(/auditSeq=\d+/);
    expect(await verifyWithAnchor(sample)).toMatchObject({ ok: true, problems: [] });
  });

  it('is reported missing once the tail of the history is cut and the head moved', async () => {
    const cut = join(dir, 'cut.cairn');
    tamperCopy(sample, cut, (db) => {
      db.exec('DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 20 FROM audit_log)');
      db.exec('UPDATE audit_head SET (seq, hash) = (SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1)');
    });
    const report = await verifyWithAnchor(cut);
    expect(report.problems.find((p) => p.table === 'audit_log')?.detail).toMatch(/no longer reaches entry \d+/);
  });
});
