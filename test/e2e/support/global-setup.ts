import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureNodeBundle } from '../../support/node-bundle';
import { cachedSample } from '../../support/sample-cache';
import { REPO_ROOT } from './paths';

/**
 * The host serves the built renderer; build it once when the test command has not done so already.
 * The sample project is prepared once too, for the specs that open a copy of it, and the host's bundle
 * is brought up to date so no host start loads TypeScript.
 */
export default function globalSetup(): void {
  ensureNodeBundle();
  cachedSample();
  if (existsSync(join(REPO_ROOT, 'out', 'renderer', 'index.html'))) return;
  execFileSync(join(REPO_ROOT, 'node_modules', '.bin', 'vite'), ['build', '--config', 'renderer/vite.config.ts'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
}
