import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { REPO_ROOT } from './paths';

/**
 * The processes tests start — crash and two-writer writers, the open loop, the real host — bundled once per
 * run (vitest's global setup) into plain ES modules and started with plain `node`. Through `node --import
 * tsx` each start transpiled the whole core again: about 1.6 CPU-s against 0.45, and the crash-safety test
 * alone starts thirty writers. The folder sits as deep as out/node, so code that finds the repository or
 * its workers from `import.meta.url` finds them here the same way (the PDF and integrity workers are
 * bundled beside the scripts for that reason).
 */
const CHILD_DIR = join(REPO_ROOT, 'out', 'test-children');

const CHILDREN = {
  'writer-process': 'test/support/writer-process.ts',
  'mutation-writer-process': 'test/support/mutation-writer-process.ts',
  'open-loop-process': 'test/support/open-loop-process.ts',
  'host-process': 'test/support/host-process.ts',
  'pdf-worker': 'electron/core/pdf/pdf-worker.ts',
  'integrity-worker': 'electron/core/audit/integrity-worker.ts',
};

export type ChildScript = Exclude<keyof typeof CHILDREN, 'pdf-worker' | 'integrity-worker'>;

/** Bundles every child script from the current source; run once before any test file starts. */
export function bundleChildScripts(): void {
  buildSync({
    absWorkingDir: REPO_ROOT,
    entryPoints: CHILDREN,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outdir: CHILD_DIR,
    outExtension: { '.js': '.mjs' },
    chunkNames: '[name]-[hash]',
    logLevel: 'warning',
  });
}

/** The bundled script to hand to `node`. */
export const childScript = (name: ChildScript): string => join(CHILD_DIR, `${name}.mjs`);
