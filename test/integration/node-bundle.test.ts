import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleIsCurrent } from '../../electron/launch/bundle-or-source.mjs';
import { bundleNode } from '../support/node-bundle';
import { REPO_ROOT } from '../support/paths';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

// `cairn` and the host run as bundled JavaScript (out/node, built by `npm install`); this proves the
// bundle in the checkout is the current source, and that it runs without TypeScript tooling.

const temp = makeTempDir('node-bundle');
afterAll(() => removeTempDir(temp));

const SHIPPED = join(REPO_ROOT, 'out', 'node');
const code = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.mjs') || name === 'sources.json')
    .sort();

describe('the bundled CLI and host', () => {
  it('in out/node are exactly what the current source builds', () => {
    // Built at the same depth as out/node: chunk names hash the source maps' relative paths.
    const fresh = join(REPO_ROOT, 'out', `node-check-${process.pid}`);
    try {
      bundleNode(fresh);
      expect(code(SHIPPED), 'out/node is missing or stale: run "npm run build:node"').toEqual(code(fresh));
      for (const name of code(fresh)) expect(readFileSync(join(SHIPPED, name), 'utf8'), name).toBe(readFileSync(join(fresh, name), 'utf8'));
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
    expect(bundleIsCurrent()).toBe(true);
  });

  it('never load TypeScript tooling at run time', () => {
    for (const name of code(SHIPPED)) expect(readFileSync(join(SHIPPED, name), 'utf8'), name).not.toMatch(/from ["'](tsx|typescript|esbuild)(\/[^"']*)?["']/);
    const help = spawnSync(process.execPath, [join(SHIPPED, 'cairn.mjs'), '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: cairn /);
    expect(help.stdout).toMatch(/verify-pdf/);
  });

  it('are run only while no source they were built from is newer', () => {
    const root = join(temp, 'root');
    const bundle = join(root, 'out', 'node');
    mkdirSync(join(root, 'src'), { recursive: true });
    mkdirSync(bundle, { recursive: true });
    const [rootUrl, bundleUrl] = [pathToFileURL(`${root}/`), pathToFileURL(`${bundle}/`)];
    expect(bundleIsCurrent(bundleUrl, rootUrl), 'no bundle yet').toBe(false);

    writeFileSync(join(root, 'src', 'a.ts'), 'export {};');
    writeFileSync(join(bundle, 'sources.json'), JSON.stringify({ sources: ['src/a.ts', 'src/not-shipped.ts'] }));
    utimesSync(join(root, 'src', 'a.ts'), new Date('2026-01-01'), new Date('2026-01-01'));
    utimesSync(join(bundle, 'sources.json'), new Date('2026-01-02'), new Date('2026-01-02'));
    expect(bundleIsCurrent(bundleUrl, rootUrl), 'built after its sources').toBe(true);

    utimesSync(join(root, 'src', 'a.ts'), new Date('2026-01-03'), new Date('2026-01-03'));
    expect(bundleIsCurrent(bundleUrl, rootUrl), 'a source edited since').toBe(false);
  });
});
