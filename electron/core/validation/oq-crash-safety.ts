import Database from 'better-sqlite3-multiple-ciphers';
import { spawn } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { asOwner, cairn, createOqProject, jsonOf, oqPath, type OqContext } from './oq-context';
import { verifyProject } from './oq-project-audit';
import { runStep, type StepRecorder, type ValidationStep } from './validation-step';

/** Rows in the import that gets killed: enough that SQLite spills pages to the WAL before committing. */
export const CRASH_IMPORT_ROWS = 8000;
/** The WAL growth (bytes) that shows the import's transaction is writing: the moment to kill it. */
const KILL_AT_WAL_GROWTH = 128 * 1024;
/** Rounds tried before giving up on landing a kill inside the transaction. */
const ROUNDS = 3;

function crashCsv(): string {
  const rows = Array.from({ length: CRASH_IMPORT_ROWS }, (_, i) => `,The pump shall keep alarm ${i + 1} in its log until a user acknowledges it.`);
  return ['ID,Text', ...rows, ''].join('\n');
}

function walSize(file: string): number {
  return existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0;
}

/**
 * Starts `cairn import` in its own process and SIGKILLs it once its transaction has written to the WAL.
 * Resolves whether the kill came before the process finished on its own.
 */
function killMidImport(ctx: OqContext, file: string, csv: string): Promise<{ killed: boolean; exitCode: number | null }> {
  const child = spawn(process.execPath, [ctx.launcher, 'import', file, 'requirements', csv, ...asOwner()], { env: ctx.env, stdio: 'ignore' });
  const baseline = walSize(file);
  const watch = setInterval(() => {
    if (walSize(file) - baseline >= KILL_AT_WAL_GROWTH) child.kill('SIGKILL');
  }, 5);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(watch);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearInterval(watch);
      resolve({ killed: signal === 'SIGKILL', exitCode: code });
    });
  });
}

/** SQLite's own integrity check, read-only and outside Cairn: the file must be a sound database. */
function integrity(file: string): string {
  const db = new Database(file, { fileMustExist: true, readonly: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

async function requirementCount(ctx: OqContext, file: string): Promise<number> {
  const outcome = await cairn(ctx, 'api', file, 'requirements.overview', '{}', ...asOwner());
  return jsonOf<{ value: { total: number } }>(outcome, 'requirements.overview').value.total;
}

/** One round: kill, then check the file holds the whole import or none of it, and still verifies. */
async function round(ctx: OqContext, step: StepRecorder, file: string, csv: string, n: number): Promise<'before' | 'after' | 'partial'> {
  const { killed, exitCode } = await killMidImport(ctx, file, csv);
  const check = integrity(file);
  const count = await requirementCount(ctx, file);
  const { code } = await verifyProject(ctx, step, file, `verify after round ${n}`);
  step.output(`round ${n}`, { killed, exitCode, integrity: check, requirements: count });
  step.expect(check === 'ok', `round ${n}: integrity_check says ${check}`);
  step.expect(code === 0, `round ${n}: verify exited ${code} after the kill`);
  if (count === 0) return 'before';
  return count === CRASH_IMPORT_ROWS ? 'after' : 'partial';
}

/** A writer killed in the middle of its transaction leaves the project as it was before, sound and verifiable. */
export function crashSafetyScenario(ctx: OqContext): Promise<ValidationStep> {
  return runStep(
    'OQ-10',
    'A writer killed mid-transaction leaves the file as before',
    `An import of ${CRASH_IMPORT_ROWS} requirements killed while writing left none of them; the file checks clean and verifies.`,
    async (step) => {
      const csv = oqPath(ctx, 'crash-requirements.csv');
      const content = crashCsv();
      writeFileSync(csv, content);
      step.hash('crash-requirements.csv', content);
      step.input('import', { rows: CRASH_IMPORT_ROWS, killAtWalGrowthBytes: KILL_AT_WAL_GROWTH });
      for (let n = 1; n <= ROUNDS; n += 1) {
        // A fresh project each round, so a round whose import finished before the kill leaves nothing behind.
        const file = await createOqProject(ctx, `crash-${n}.cairn`, 'Crash Pump');
        const state = await round(ctx, step, file, csv, n);
        if (!step.expect(state !== 'partial', `round ${n}: the killed import left part of its rows`)) return;
        // The kill landed inside the transaction and nothing of it survived: what the scenario set out to show.
        if (state === 'before') return;
      }
      step.expect(false, `in ${ROUNDS} rounds no kill landed inside the import's transaction`);
    },
  );
}
