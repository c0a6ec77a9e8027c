import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportSigner } from '../../electron/core/validation/report-signer';
import { sha256 } from '../../electron/core/validation/validation-step';
import { runCli } from '../support/cli';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

const temp = makeTempDir('validate-command');
afterAll(() => removeTempDir(temp));

interface Summary {
  version: string;
  iq: { id: string; title: string; result: string; detail: string }[];
  oq: { id: string; title: string; result: string; detail: string }[];
  passed: boolean;
  report: string;
}

const workFolders = () => new Set(readdirSync(tmpdir()).filter((name) => name.startsWith('cairn-validate-')));

describe('[TC-12] cairn validate', () => {
  it('runs every IQ and OQ step in a temporary folder and writes the signed report, the evidence and the exit code', async () => {
    const userData = join(temp, 'user-data');
    const out = join(temp, 'out');
    const before = workFolders();
    const result = await runCli(['validate', '--out', out, '--sign', '--user', 'qa@example.com', '--json'], { userData });
    const summary = JSON.parse(result.stdout) as Summary;

    expect(Object.keys(summary)).toEqual(['version', 'iq', 'oq', 'passed', 'report']);
    expect(summary.iq.map((step) => step.id)).toEqual(['IQ-01', 'IQ-02', 'IQ-03', 'IQ-04', 'IQ-05', 'IQ-06', 'IQ-07']);
    expect(summary.oq.map((step) => step.id)).toEqual(['OQ-01', 'OQ-02', 'OQ-03', 'OQ-04', 'OQ-05', 'OQ-06', 'OQ-07', 'OQ-08', 'OQ-09', 'OQ-10']);
    for (const step of [...summary.iq, ...summary.oq]) expect(Object.keys(step)).toEqual(['id', 'title', 'result', 'detail']);
    const failed = [...summary.iq, ...summary.oq].filter((step) => step.result !== 'passed');
    expect(summary.passed).toBe(failed.length === 0);
    expect(result.code).toBe(summary.passed ? 0 : 3);

    // The report names every failed step; the evidence beside it is the file whose hash the report prints.
    const reportText = execFileSync('pdftotext', ['-layout', summary.report, '-'], { encoding: 'utf8' });
    expect(reportText).toContain(`Cairn ${summary.version} validation report`);
    for (const step of failed) expect(reportText).toContain(step.id);
    const evidencePath = summary.report.replace(/\.pdf$/, '.json');
    const evidenceText = readFileSync(evidencePath, 'utf8');
    expect(reportText.replace(/\s+/g, ' ')).toContain(sha256(evidenceText));
    const evidence = JSON.parse(evidenceText) as { oq: { id: string; evidence: { hashes: Record<string, string> } }[] };
    expect(evidence.oq.find((step) => step.id === 'OQ-05')?.evidence.hashes['SRS-v1.pdf']).toMatch(/^[0-9a-f]{64}$/);

    const signature = await runCli(['verify-pdf', summary.report, '--json'], { userData: join(temp, 'verifier') });
    // Alone, the bytes are intact but the signer is a key made for the run, which no project trusts:
    // verify-pdf says so (exit 3) and the report prints the certificate's fingerprint for a reader to compare.
    const check = JSON.parse(signature.stdout) as { verdict: string; signed: boolean; intact: boolean; signer: { email: string; fingerprint: string } };
    expect(signature.code).toBe(3);
    expect(check).toMatchObject({ verdict: 'intact, signer not verified', signed: true, intact: true, signer: { email: 'qa@example.com' } });
    const certificatePath = summary.report.replace(/\.pdf$/, '.signer.pem');
    expect(reportText.replace(/\s+/g, ' ')).toContain(`certificate SHA-256 ${check.signer.fingerprint}, kept beside this report as`);
    // (the long file name wraps at its hyphens)
    expect(reportText.replace(/\s+/g, '')).toContain(`keptbesidethisreportas${basename(certificatePath)}`);

    // With the certificate written beside it as the trust anchor (file or fingerprint), the report verifies.
    for (const trust of [certificatePath, check.signer.fingerprint]) {
      const trusted = await runCli(['verify-pdf', summary.report, '--trust', trust, '--json'], { userData: join(temp, 'verifier') });
      expect(trusted.code).toBe(0);
      expect(JSON.parse(trusted.stdout)).toMatchObject({ verdict: 'verified', signer: { email: 'qa@example.com', trusted: true } });
    }
    // Another run's certificate is no anchor for this report.
    const otherKey = reportSigner('qa@example.com', new Date(), 'other.signer.pem');
    const otherCertificate = join(temp, 'other.signer.pem');
    writeFileSync(otherCertificate, otherKey.signature.certificatePem);
    expect((await runCli(['verify-pdf', summary.report, '--trust', otherCertificate], { userData: join(temp, 'verifier') })).code).toBe(3);

    // Nothing left behind, nothing written to the user's own user-data folder.
    expect([...workFolders()].filter((name) => !before.has(name))).toEqual([]);
    expect(existsSync(userData)).toBe(false);
  });

  it('refuses an unknown option, and --sign without --user, as bad usage', async () => {
    expect((await runCli(['validate', '--sgin'], { userData: join(temp, 'unused') })).code).toBe(2);
    const unsigned = await runCli(['validate', '--sign'], { userData: join(temp, 'unused') });
    expect(unsigned.code).toBe(2);
    expect(unsigned.stderr).toBe('cairn: --sign needs --user <email>: the person the report is signed for.\n');
    const unknown = await runCli(['validate', '--only', 'OQ-01,OQ-99'], { userData: join(temp, 'unused') });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('cairn: --only OQ-01,OQ-99: no OQ scenario OQ-99; give ids such as OQ-01,OQ-03.\n');
    expect(existsSync(join(temp, 'unused'))).toBe(false);
  });

  it('runs a named subset with --only, and its report says it qualifies nothing', async () => {
    const out = join(temp, 'subset');
    const result = await runCli(['validate', '--out', out, '--only', 'OQ-02'], { userData: join(temp, 'subset-user-data') });
    expect(result.stdout).toContain('Not run (--only): OQ-01, OQ-03, OQ-04, OQ-05, OQ-06, OQ-07, OQ-08, OQ-09, OQ-10.');
    const report = /^Report: (.+)$/m.exec(result.stdout)?.[1] ?? '';
    const text = execFileSync('pdftotext', [report, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('OQ-02');
    expect(text).not.toContain('OQ-03 A project');
    expect(text).toContain('Operational qualification 1 of 1 passed; not run: OQ-01, OQ-03, OQ-04');
    // The IQ may fail in a checkout whose sources changed since the bundle; the conclusion follows it.
    expect(text).toContain(result.code === 0 ? 'but this was a run of 1 of 10 operational scenarios' : 'is not qualified on this computer');
  });
});
