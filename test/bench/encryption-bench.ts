import { join } from 'node:path';
import { toCsv } from '../../electron/core/import/csv';
import { scryptCost } from '../../electron/core/kdf-cost';
import { THREE_MORE_MEMBERS } from '../support/team';
import { createTestCore } from '../support/test-core';
import type { Bench } from './bench-context';
import { figure, timed } from './measure';
import { generatedRequirements, projectWithItem, REQUIREMENT_HEADER } from './requirements-bench';
import { loadNow, targetAtLeast } from './targets';

const TEAM = THREE_MORE_MEMBERS;
/** The member whose key slot is last: the worst case for an unlock that tries every slot. */
const MEMBER = TEAM[2];
/** Repetitions: the quick measures (open, sign-in) and the heavy ones (10k import, SRS export). */
const QUICK_REPS = 11;
const HEAVY_REPS = 3;

type Kind = 'plain' | 'encrypted';
const KINDS: readonly Kind[] = ['plain', 'encrypted'];
type Must = (method: string, input: unknown) => Promise<unknown>;

/** A fresh core (as a fresh app launch has) for `work`, closed afterwards. */
async function withCore<T>(userDataDir: string, work: (must: Must) => Promise<T>): Promise<T> {
  const core = createTestCore({ userDataDir, clock: () => new Date() });
  try {
    return await work(async (method, input) => {
      const result = await core.call(method as Parameters<typeof core.call>[0], input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value;
    });
  } finally {
    await core.close();
  }
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** A closed project of the four-member team holding the 10k rows, plus the import's wall time. */
async function importedProject(path: string, userDataDir: string, kind: Kind, csv: string): Promise<number> {
  const { core, must } = await projectWithItem(path, userDataDir, kind === 'encrypted');
  try {
    for (const member of TEAM) await must('users.add', member);
    const preview = (await must('requirements.previewImport', { fileName: 'bench.csv', base64: csv })) as { mapping: unknown };
    return (await timed(() => must('requirements.import', { fileName: 'bench.csv', base64: csv, mapping: preview.mapping }))).ms;
  } finally {
    await core.close();
  }
}

const signIn = (must: Must) => must('session.signIn', { email: MEMBER.email, password: MEMBER.password });

/**
 * What a member waits for, on a closed file: the app's one step (open, then e-mail and password, which
 * unlock an encrypted file and sign in), opening alone (an encrypted file unlocked by a password without
 * an address, as the CLI's reading commands do: every slot may be tried), and signing in alone once open.
 */
async function quickMeasures(path: string, userDataDir: string, kind: Kind) {
  const oneStep = await withCore(
    userDataDir,
    async (must) =>
      (
        await timed(async () => {
          await must('project.open', { path });
          await signIn(must);
        })
      ).ms,
  );
  const [openAlone, signInAlone] = await withCore(userDataDir, async (must) => {
    const open = await timed(() => must('project.open', kind === 'encrypted' ? { path, password: MEMBER.password } : { path }));
    return [open.ms, (await timed(() => signIn(must))).ms] as const;
  });
  return { oneStep, openAlone, signInAlone };
}

/** The SRS of the 10k rows exported a few times over, signed in as the member (an author). */
async function srsExport(path: string, userDataDir: string): Promise<number[]> {
  return withCore(userDataDir, async (must) => {
    await must('project.open', { path });
    await signIn(must);
    const srs = (await must('documents.create', { type: 'srs' })) as { id: number };
    const times: number[] = [];
    for (let rep = 0; rep < HEAVY_REPS; rep += 1) times.push((await timed(() => must('documents.exportPdf', { documentId: srs.id }))).ms);
    return times;
  });
}

type Samples = Record<Kind, Record<'oneStep' | 'openAlone' | 'signInAlone' | 'importMs' | 'srsMs', number[]>>;

const emptySamples = (): Samples['plain'] => ({ oneStep: [], openAlone: [], signInAlone: [], importMs: [], srsMs: [] });

/** Issue 15: what encryption at rest costs a user, as throughput on an encrypted file against a plain one (target ≥ 0.8×). */
export const encryptionBench: Bench = {
  name: 'encryption at rest: open to signed in, open, sign-in, 10k import and SRS export, encrypted vs plain',
  async run(ctx) {
    const dir = ctx.scratch('encryption');
    const rows = generatedRequirements();
    const csv = Buffer.from(toCsv([REQUIREMENT_HEADER, ...rows]), 'utf8').toString('base64');
    const cost = scryptCost();
    console.log(`  scrypt N=${cost.N} r=${cost.r} p=${cost.p}; a team of 4, signing in as the member whose key slot is last; medians; load at start ${loadNow()}`);
    const samples: Samples = { plain: emptySamples(), encrypted: emptySamples() };
    const paths: Record<Kind, string> = { plain: '', encrypted: '' };
    // Plain and encrypted alternate, so a change in the machine's load falls on both alike.
    for (let rep = 0; rep < HEAVY_REPS; rep += 1) {
      for (const kind of KINDS) {
        paths[kind] = join(dir, `${kind}-${rep}.cairn`);
        samples[kind].importMs.push(await importedProject(paths[kind], ctx.userDataDir, kind, csv));
      }
    }
    for (let rep = 0; rep < QUICK_REPS; rep += 1) {
      for (const kind of KINDS) {
        const quick = await quickMeasures(paths[kind], ctx.userDataDir, kind);
        samples[kind].oneStep.push(quick.oneStep);
        samples[kind].openAlone.push(quick.openAlone);
        samples[kind].signInAlone.push(quick.signInAlone);
      }
    }
    for (const kind of KINDS) samples[kind].srsMs.push(...(await srsExport(paths[kind], ctx.userDataDir)));
    const rows10k = `${rows.length.toLocaleString('en-US')}-row CSV import`;
    for (const [label, key] of [
      ['open → signed in (e-mail and password, one step)', 'oneStep'],
      ['project.open alone (encrypted: password, no e-mail)', 'openAlone'],
      ['session.signIn alone (file already open)', 'signInAlone'],
      [rows10k, 'importMs'],
      ['SRS PDF export', 'srsMs'],
    ] as const) {
      const plain = median(samples.plain[key]);
      const encrypted = median(samples.encrypted[key]);
      const ratio = plain / encrypted;
      figure(`${label}: plain`, plain, 'ms', `median of ${samples.plain[key].length}`);
      figure(`${label}: encrypted`, encrypted, 'ms', `${ratio.toFixed(2)}× plain throughput, target ≥ 0.8×`);
      targetAtLeast(`${label}, encrypted vs plain throughput`, ratio, '× plain', 0.8, `${Math.round(encrypted)} ms vs ${Math.round(plain)} ms plain`);
    }
    console.log(`  load at end ${loadNow()}`);
  },
};
