import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockingFindings, describeFindings, scan, stageSources, unscannedFiles, type ScanResult } from './electronegativity-findings';

/**
 * A window with Node in the page, no isolation and (by omission) no sandbox: the scanner must object
 * to each. `sandbox` is left out rather than set false because the scanner stops reporting Node
 * integration once it sees any sandbox setting.
 */
const INSECURE_WINDOW = `import { BrowserWindow } from 'electron';
export const insecure = new BrowserWindow({
  webPreferences: { nodeIntegration: true, contextIsolation: false },
});
`;

/** Each scan takes seconds, mostly the scanner's own network lookups failing offline; a loaded machine needs more. */
const SCAN_TIMEOUT_MS = 180_000;

describe('Electronegativity over the Electron and renderer sources', () => {
  const temp = mkdtempSync(join(tmpdir(), 'cairn-electronegativity-'));
  let real: ScanResult;
  let planted: ScanResult;
  let unguarded: ScanResult;

  // The three scans are independent and each waits out the scanner's offline network attempts: run together.
  beforeAll(async () => {
    const realDir = stageSources(join(temp, 'real'));
    const plantedDir = stageSources(join(temp, 'planted'));
    writeFileSync(join(plantedDir, 'electron', 'main', 'insecure-window.ts'), INSECURE_WINDOW);
    const unguardedDir = stageSources(join(temp, 'unguarded'));
    rmSync(join(unguardedDir, 'electron', 'main', 'navigation-guards.ts'));
    [real, planted, unguarded] = await Promise.all([scan(realDir), scan(plantedDir), scan(unguardedDir)]);
  }, SCAN_TIMEOUT_MS);

  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('finds no HIGH or MEDIUM issue in the real sources', () => {
    const blocking = blockingFindings(real.findings);
    expect(blocking, `Electronegativity findings:\n${describeFindings(blocking)}`).toEqual([]);
  });

  it('parses every source file (an unparsed file would be an unscanned one)', () => {
    expect(unscannedFiles(real.errors)).toEqual([]);
  });

  it('reports a window with Node integration, no isolation and no sandbox (so the check can fail)', () => {
    const found = blockingFindings(planted.findings).filter((f) => f.file.endsWith('insecure-window.ts'));
    expect(found.map((f) => f.id)).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'NODE_INTEGRATION_JS_CHECK', 'SANDBOX_JS_CHECK']));
  });

  it('reports missing navigation limits when the guards are removed', () => {
    const ids = blockingFindings(unguarded.findings).map((f) => f.id);
    expect(ids).toContain('LIMIT_NAVIGATION_GLOBAL_CHECK');
  });
});
