import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPANY_P12 } from '../support/pkcs12';
import { CoreFixture, OWNER } from './core-fixture';

const PW = 'team-password-1';
let f: CoreFixture;
let documentId: number;
let ottoId: number;

async function as(email: string, password = PW) {
  await f.ok('session.signOut', {});
  await f.ok('session.signIn', { email, password });
}

function write(name: string, base64: string): string {
  const path = f.path(name);
  writeFileSync(path, Buffer.from(base64, 'base64'));
  return path;
}

const pdfsig = (path: string) => spawnSync('pdfsig', [path], { encoding: 'utf8' }).stdout;
const text = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });

beforeAll(async () => {
  f = new CoreFixture();
  await f.project();
  ottoId = (await f.ok('users.add', { name: 'Otto Approver', email: 'otto@example.com', role: 'approver', password: PW })).id;
  await f.ok('users.add', { name: 'Al Author', email: 'al@example.com', role: 'author', password: PW });
  const draft = await f.ok('documents.create', { type: 'project-summary' });
  documentId = draft.id;
  await f.ok('documents.sendForReview', { versionId: draft.versions[0]!.id, approvers: [ottoId], password: OWNER.password, changeNote: 'First issue' });
  await as('otto@example.com');
  await f.ok('documents.sign', { versionId: draft.versions[0]!.id, meaning: 'approved', password: PW });
});
afterAll(() => f.dispose());

describe('signed PDF export', () => {
  let signedPath: string;

  it('embeds a PAdES signature that pdfsig reports valid, and qpdf finds the file sound', async () => {
    const pdf = await f.ok('documents.exportPdf', { documentId, sign: true, password: PW });
    expect(pdf).toMatchObject({ fileName: 'PROJECT-SUMMARY-v1.pdf', signed: true });
    signedPath = write('signed.pdf', pdf.base64);
    const report = pdfsig(signedPath);
    expect(report).toMatch(/Signer Certificate Common Name: Otto Approver/);
    expect(report).toMatch(/Signature Type: ETSI\.CAdES\.detached/);
    expect(report).toMatch(/Signing Hash Algorithm: SHA-256/);
    expect(report).toMatch(/Signature Validation: Signature is Valid\./);
    expect(report).toMatch(/Total document signed/);
    expect(spawnSync('qpdf', ['--check', signedPath]).status).toBe(0);
  });

  it('prints the cover, the signature manifestations and the page footers', () => {
    const content = text(signedPath);
    expect(content).toMatch(/PROJECT-SUMMARY/);
    expect(content).toMatch(/Infusion Pump/);
    expect(content).toMatch(/Acme Medical/);
    expect(content).toMatch(/Otto Approver/);
    expect(content).toMatch(/[Aa]pproved/);
    expect(content).toMatch(/[Aa]uthored/);
    expect(content).toMatch(/PROJECT-SUMMARY v1 · page 1 of \d+/);
  });

  it('breaks on any change to a signed byte', async () => {
    const bytes = Buffer.from((await f.ok('documents.exportPdf', { documentId, sign: true, password: PW })).base64, 'base64');
    const text = bytes.toString('latin1');
    // Flip one character of a page content stream marker far from the signature.
    const at = text.indexOf('/Producer');
    const tampered = Buffer.from(bytes);
    tampered[at + 2] = tampered[at + 2]! ^ 0x01;
    const path = f.path('tampered.pdf');
    writeFileSync(path, tampered);
    expect(pdfsig(path)).toMatch(/Digest Mismatch/);
    const check = await f.ok('documents.verifyPdf', { base64: tampered.toString('base64') });
    expect(check).toMatchObject({ signed: true, intact: false });
    expect(check.problems.join(' ')).toMatch(/changed since signing/);
  });

  it('verifies through the API: signer, time, trust, document identity and currency', async () => {
    const pdf = await f.ok('documents.exportPdf', { documentId, sign: true, password: PW });
    const report = await f.ok('documents.verifyPdf', { base64: pdf.base64 });
    expect(report).toMatchObject({
      signed: true,
      intact: true,
      coversWholeFile: true,
      signer: { name: 'Otto Approver', trusted: true },
      subFilter: 'ETSI.CAdES.detached',
      document: { docKey: 'PROJECT-SUMMARY', version: 1 },
      project: { matchesApproved: true, matchesRecords: true },
      problems: [],
    });
    expect(report.signedAt).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/));
    const appended = Buffer.concat([Buffer.from(pdf.base64, 'base64'), Buffer.from('\n% appended\n')]);
    expect(await f.ok('documents.verifyPdf', { base64: appended.toString('base64') })).toMatchObject({ coversWholeFile: false });
  });

  it('lets only approvers and owners sign exports, with their password', async () => {
    await as('al@example.com');
    expect(await f.fails('documents.exportPdf', { documentId, sign: true, password: PW })).toMatchObject({ code: 'forbidden' });
    const unsigned = await f.ok('documents.exportPdf', { documentId });
    expect(unsigned.signed).toBe(false);
    expect(pdfsig(write('unsigned.pdf', unsigned.base64))).not.toMatch(/Signature is Valid/);
    await as('otto@example.com');
    expect(await f.fails('documents.exportPdf', { documentId, sign: true, password: 'nope-nope' })).toMatchObject({ code: 'wrong_password' });
  });

  it('exports the technical file as one signed PDF with a manifest', async () => {
    const result = await f.ok('documents.exportTechnicalFile', { sign: true, password: PW });
    expect(result.manifest.documents.map((d) => [d.docKey, d.version])).toEqual([['PROJECT-SUMMARY', 1]]);
    expect(result.manifest.documents[0]?.signatures.join()).toMatch(/approved by Otto Approver/);
    const path = write('technical-file.pdf', result.pdf.base64);
    expect(pdfsig(path)).toMatch(/Signature is Valid/);
    expect(text(path)).toMatch(/[Mm]anifest/);
    expect(text(path)).toContain(result.manifest.documents[0]!.contentSha256.slice(0, 16));
  });

  it('reports a PDF whose records changed since approval', async () => {
    const pdf = await f.ok('documents.exportPdf', { documentId, sign: true, password: PW });
    await as(OWNER.email, OWNER.password);
    await f.ok('project.update', { manufacturer: 'Acme Medical GmbH' });
    const report = await f.ok('documents.verifyPdf', { base64: pdf.base64 });
    expect(report.project).toMatchObject({ matchesApproved: true, matchesRecords: false });
    expect(report.project?.detail).toMatch(/records have changed/);
  });
});

describe('signing keys', () => {
  it('follow a password change', async () => {
    await as('otto@example.com');
    expect((await f.ok('keys.mine', {})).hasKey).toBe(true);
    await f.ok('users.changePassword', { currentPassword: PW, newPassword: 'otto-new-password' });
    const pdf = await f.ok('documents.exportPdf', { documentId, version: 1, sign: true, password: 'otto-new-password' });
    expect(pdf.signed).toBe(true);
  });

  it('import from PKCS#12 and are trusted once their CA is', async () => {
    await as(OWNER.email, OWNER.password);
    const { p12Base64, password: p12Password, certificatePem } = COMPANY_P12;
    expect(await f.fails('keys.importPkcs12', { p12Base64, p12Password: 'wrong', password: OWNER.password })).toMatchObject({ code: 'invalid_input', field: 'p12' });
    const info = await f.ok('keys.importPkcs12', { p12Base64, p12Password, password: OWNER.password });
    expect(info).toMatchObject({ hasKey: true, source: 'imported', trusted: false });
    const pdf = await f.ok('documents.exportPdf', { documentId, version: 1, sign: true, password: OWNER.password });
    expect((await f.ok('documents.verifyPdf', { base64: pdf.base64 })).signer).toMatchObject({ name: 'Ada Owner', trusted: false });
    await f.ok('trust.add', { certificatePem, note: 'Company CA', password: OWNER.password });
    expect((await f.ok('documents.verifyPdf', { base64: pdf.base64 })).signer?.trusted).toBe(true);
  });
});
