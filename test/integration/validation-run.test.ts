import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushedEvent } from '../../shared/api/bridge';
import { runCli } from '../support/cli';
import { CoreFixture } from './core-fixture';

// "Validate Cairn on this computer": the app's door onto `cairn validate`, run in a child process and
// recorded against Cairn's entry in the tool list. A named subset keeps it cheap; the full run is
// validate-command.test.ts's.

let f: CoreFixture;
beforeAll(async () => {
  f = new CoreFixture();
  await f.project();
  await f.ok('qms.saveCompany', { legalName: 'Acme Medical GmbH' });
});
afterAll(() => f.dispose());

describe('[TC-13] validation.run', () => {
  it('runs the IQ and the named OQ scenarios in a child process, reporting progress, and records the signed report against Cairn in the tool list', async () => {
    const events: PushedEvent[] = [];
    const stop = f.core.onEvent((event) => events.push(event));
    const auditBefore = await f.auditCount();
    const run = await f.ok('validation.run', { scenarios: ['OQ-01', 'OQ-02'] });
    stop();

    expect(run.iq.map((step) => step.id)).toEqual(['IQ-01', 'IQ-02', 'IQ-03', 'IQ-04', 'IQ-05', 'IQ-06', 'IQ-07']);
    expect(run.oq.map((step) => [step.id, step.result])).toEqual([
      ['OQ-01', 'passed'],
      ['OQ-02', 'passed'],
    ]);
    expect(run.skipped).toEqual(['OQ-03', 'OQ-04', 'OQ-05', 'OQ-06', 'OQ-07', 'OQ-08', 'OQ-09', 'OQ-10']);
    expect(run.passed).toBe([...run.iq, ...run.oq].every((step) => step.result === 'passed'));
    // The child's progress lines arrive as the job's progress, in order, ending with the recording.
    const progress = events.flatMap((event) => (event.type === 'job.progressed' && event.method === 'validation.run' ? [event] : []));
    expect(progress.map((event) => event.label)).toEqual(
      expect.arrayContaining(['Installation qualification', 'Operational qualification: classification', 'Validation recorded']),
    );
    expect(progress.map((event) => event.fraction)).toEqual([...progress.map((event) => event.fraction)].sort((a, b) => a - b));

    // The report is the signed PDF the child wrote, verifiable against the certificate the record names.
    // Named by the installed Cairn the child ran (package.json's version) and the day of the core's clock.
    expect(run.report).toMatchObject({ fileName: `cairn-${run.version}-validation-2026-01-01.pdf`, signed: true });
    const pdfPath = join(f.dir, run.report.fileName);
    writeFileSync(pdfPath, Buffer.from(run.report.base64, 'base64'));
    const verified = await runCli(['verify-pdf', pdfPath, '--trust', run.certificateFingerprint, '--json'], { userData: join(f.dir, 'verifier') });
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ verdict: 'verified', signer: { email: 'ada@example.com', trusted: true } });

    // Recorded against Cairn's own entry, in one audited change; a partial run leaves its status alone.
    expect(run.tool).toMatchObject({ builtIn: true, fields: { name: 'Cairn', status: 'planned' } });
    const recorded = run.tool.fields.qualification ?? '';
    for (const part of [
      `Cairn ${run.version} validated on this computer on 2026-01-01 by Ada Owner`,
      'OQ-03, OQ-04',
      'qualifies nothing',
      run.report.fileName,
      run.report.sha256,
      run.certificateFingerprint,
    ]) {
      expect(recorded).toContain(part);
    }
    expect(await f.auditCount()).toBe(auditBefore + 1);
    const [row] = (await f.ok('audit.list', { limit: 1 })).rows;
    expect(row).toMatchObject({ action: 'update', entity: 'qms_record', entityId: run.tool.humanId, method: 'validation.run' });

    // The SOP for validating QMS software points at the entry and quotes the run.
    const sop = await f.ok('qms.procedure', { key: 'SOP-VAL' });
    const records = sop.sections.find((section) => section.id === 'records')?.text ?? '';
    expect(records).toContain(`recorded against ${run.tool.humanId} in the tool list`);
    expect(records).toContain(`Latest run: ${recorded}`);
  });

  it('refuses an unknown scenario and a reviewer, changing nothing', async () => {
    const before = await f.auditCount();
    expect(await f.fails('validation.run', { scenarios: ['OQ-99'] })).toMatchObject({ code: 'invalid_input', field: 'scenarios' });
    expect(await f.fails('validation.run', { scenarios: ['classification'] })).toMatchObject({ code: 'invalid_input', field: 'scenarios.0' });
    expect(await f.fails('validation.run', { scenarios: [] })).toMatchObject({ code: 'invalid_input', field: 'scenarios' });
    expect(await f.fails('validation.run', {})).toMatchObject({ code: 'invalid_input', field: 'scenarios' });
    expect(await f.auditCount()).toBe(before);
    await f.ok('users.add', { name: 'Rita Reviewer', email: 'rita@example.com', role: 'reviewer', password: 'reviewer-password-1' });
    await f.ok('session.signOut', {});
    await f.ok('session.signIn', { email: 'rita@example.com', password: 'reviewer-password-1' });
    const signedIn = await f.auditCount();
    expect(await f.fails('validation.run', { scenarios: ['OQ-01'] })).toMatchObject({ code: 'forbidden' });
    expect(await f.auditCount()).toBe(signedIn);
  });
});
