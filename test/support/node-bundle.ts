import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { bundleIsCurrent } from '../../electron/launch/bundle-or-source.mjs';
import { REPO_ROOT } from './paths';

export const BUNDLE_SCRIPT = join(REPO_ROOT, 'build', 'scripts', 'bundle-node.mjs');

/** Runs the Node doors' bundler, into out/node or the given folder. */
export function bundleNode(outdir?: string): void {
  const built = spawnSync(process.execPath, [BUNDLE_SCRIPT, ...(outdir ? ['--outdir', outdir] : [])], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`bundle-node failed:\n${built.stderr}`);
}

/**
 * Rebuilds out/node when a source changed since it was built, so the processes tests start (CLI, host)
 * run the bundle instead of loading TypeScript through tsx each time.
 */
export function ensureNodeBundle(): void {
  if (!bundleIsCurrent()) bundleNode();
}
