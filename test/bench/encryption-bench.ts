import { join } from 'node:path';
import { toCsv } from '../../electron/core/import/csv';
import { OWNER } from '../support/team';
import { createTestCore } from '../support/test-core';
import type { Bench } from './bench-context';
import { figure, timed } from './measure';
import { generatedRequirements, projectWithItem, REQUIREMENT_HEADER } from './requirements-bench';
import { targetAtLeast } from './targets';

interface Figures {
  open: number;
  signIn: number;
  importMs: number;
  srsMs: number;
}

/** The same work on one kind of file: 10k-row CSV import, close, open (unlock), sign in, SRS PDF export. */
async function measure(path: string, userDataDir: string, encrypted: boolean, csv: string): Promise<Figures> {
  const a = await projectWithItem(path, userDataDir, encrypted);
  const preview = (await a.must('requirements.previewImport', { fileName: 'bench.csv', base64: csv })) as { mapping: unknown };
  const imported = await timed(() => a.must('requirements.import', { fileName: 'bench.csv', base64: csv, mapping: preview.mapping }));
  await a.core.close();
  const core = createTestCore({ userDataDir, clock: () => new Date() });
  try {
    const must = async (method: Parameters<typeof core.call>[0], input: unknown) => {
      const result = await core.call(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value;
    };
    // The app's path: an encrypted file is unlocked by the password, a plain one opened as it is.
    const open = await timed(() => must('project.open', encrypted ? { path, password: OWNER.password } : { path }));
    const signIn = await timed(() => must('session.signIn', { email: OWNER.email, password: OWNER.password }));
    const srs = (await must('documents.create', { type: 'srs' })) as { id: number };
    const exported = await timed(() => must('documents.exportPdf', { documentId: srs.id }));
    return { open: open.ms, signIn: signIn.ms, importMs: imported.ms, srsMs: exported.ms };
  } finally {
    await core.close();
  }
}

/** Issue 15: what encryption at rest costs, as throughput on an encrypted file against a plain one (target ≥ 0.8×). */
export const encryptionBench: Bench = {
  name: 'encryption at rest: open, sign-in, 10k import and SRS export, encrypted vs plain',
  async run(ctx) {
    const dir = ctx.scratch('encryption');
    const rows = generatedRequirements();
    const csv = Buffer.from(toCsv([REQUIREMENT_HEADER, ...rows]), 'utf8').toString('base64');
    const plain = await measure(join(dir, 'plain.cairn'), ctx.userDataDir, false, csv);
    const encrypted = await measure(join(dir, 'encrypted.cairn'), ctx.userDataDir, true, csv);
    const rows10k = `${rows.length.toLocaleString('en-US')}-row CSV import`;
    for (const [label, key] of [
      ['project.open (encrypted: unlock with a password)', 'open'],
      ['session.signIn', 'signIn'],
      [rows10k, 'importMs'],
      ['SRS PDF export', 'srsMs'],
    ] as const) {
      const ratio = plain[key] / encrypted[key];
      figure(`${label}: plain`, plain[key], 'ms');
      figure(`${label}: encrypted`, encrypted[key], 'ms', `${ratio.toFixed(2)}× plain throughput`);
      targetAtLeast(`${label}, encrypted vs plain throughput`, ratio, '× plain', 0.8, `${Math.round(encrypted[key])} ms vs ${Math.round(plain[key])} ms plain`);
    }
  },
};
