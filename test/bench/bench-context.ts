import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateProject } from './generate-project';
import { figure, timed } from './measure';

/** What every bench gets from the runner: scratch folders and a shared large project. */
export interface BenchContext {
  /** A fresh folder of the bench's own inside the run's temp folder (removed when the run ends). */
  scratch(name: string): string;
  /** The project with LARGE_AUDIT_ROWS added audit rows, generated once on first use. */
  largeProject(): Promise<string>;
  userDataDir: string;
}

export interface Bench {
  name: string;
  run(ctx: BenchContext): Promise<void>;
}

export const LARGE_AUDIT_ROWS = Number(process.env.CAIRN_BENCH_AUDIT_ROWS ?? 100_000);

export function createBenchContext(root: string): BenchContext {
  let large: Promise<string> | undefined;
  const userDataDir = join(root, 'user-data');
  return {
    userDataDir,
    scratch(name) {
      const dir = join(root, name);
      mkdirSync(dir);
      return dir;
    },
    largeProject() {
      large ??= (async () => {
        const path = join(root, 'large.cairn');
        const { ms } = await timed(() => generateProject({ path, userDataDir, auditRows: LARGE_AUDIT_ROWS }));
        figure(`generate ${LARGE_AUDIT_ROWS.toLocaleString('en-US')} audit rows (batches of 1,000)`, ms, 'ms');
        return path;
      })();
      return large;
    },
  };
}
