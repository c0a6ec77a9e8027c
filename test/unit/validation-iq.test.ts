import { chmodSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIq, type IqTarget } from '../../electron/core/validation/iq-checks';
import { sha256 } from '../../electron/core/validation/validation-step';
import { REPO_ROOT } from '../support/paths';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

const temp = makeTempDir('validation-iq');
afterAll(() => removeTempDir(temp));

/** A miniature installation: package.json, one bundled file and its manifest. */
function installation(name: string): string {
  const root = join(temp, name);
  mkdirSync(join(root, 'out', 'node'), { recursive: true });
  cpSync(join(REPO_ROOT, 'package.json'), join(root, 'package.json'));
  const bundle = 'console.log("cairn");\n';
  writeFileSync(join(root, 'out', 'node', 'cairn.mjs'), bundle);
  writeFileSync(join(root, 'out', 'node', 'manifest.json'), JSON.stringify({ version: '0.1.0', files: { 'out/node/cairn.mjs': sha256(bundle) } }));
  return root;
}

function target(rootDir: string, overrides: Partial<IqTarget> = {}): IqTarget {
  const userDataDir = join(temp, `${rootDir.split('/').pop()}-user-data`);
  mkdirSync(userDataDir, { recursive: true, mode: 0o700 });
  return { appVersion: '0.1.0', rootDir, userDataDir, versions: process.versions, platform: 'linux', ...overrides };
}

const byId = async (t: IqTarget) => Object.fromEntries((await runIq(t)).map((step) => [step.id, step]));

describe('[TC-11] installation qualification', () => {
  it('passes every check on a sound installation', async () => {
    const steps = await byId(target(installation('sound')));
    for (const step of Object.values(steps)) expect(step.result, `${step.id}: ${step.detail}`).toBe('passed');
    expect(Object.keys(steps)).toEqual(['IQ-01', 'IQ-02', 'IQ-03', 'IQ-04', 'IQ-05', 'IQ-06', 'IQ-07']);
  });

  it('names a shipped file changed after the build', async () => {
    const root = installation('changed');
    writeFileSync(join(root, 'out', 'node', 'cairn.mjs'), 'console.log("patched");\n');
    expect((await byId(target(root)))['IQ-02']).toMatchObject({ result: 'failed', detail: 'changed since the build: out/node/cairn.mjs' });
  });

  it('fails honestly when there is no manifest at all', async () => {
    const root = join(temp, 'checkout');
    mkdirSync(root);
    cpSync(join(REPO_ROOT, 'package.json'), join(root, 'package.json'));
    const steps = await byId(target(root));
    expect(steps['IQ-02']?.result).toBe('failed');
    expect(steps['IQ-02']?.detail).toContain('no build manifest at out/node/manifest.json');
  });

  it('refuses a version that differs from package.json, an old Node and an unknown platform', async () => {
    const steps = await byId(target(installation('odd'), { appVersion: '9.9.9', versions: { ...process.versions, node: '18.19.0' }, platform: 'aix' }));
    expect(steps['IQ-01']?.detail).toContain('package.json says 0.1.0, the running Cairn 9.9.9');
    expect(steps['IQ-03']?.detail).toBe('Node 18.19.0 is not supported (needs 20.11+ or 22+)');
    expect(steps['IQ-05']?.result).toBe('failed');
  });

  it('fails a user-data folder every user may write to', async () => {
    const t = target(installation('open-folder'));
    chmodSync(t.userDataDir, 0o777);
    expect((await byId(t))['IQ-07']).toMatchObject({ result: 'failed', detail: `${t.userDataDir} is writable by every user (mode 777)` });
  });
});
