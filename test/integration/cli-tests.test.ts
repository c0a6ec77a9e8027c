import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { REPO_ROOT } from '../support/paths';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

const dir = makeTempDir('cli-tests');
const project = join(dir, 'bw.cairn');
const as = ['--user', 'ada@example.com'];
const cairn = (args: string[]) => runCli(args, { userData: join(dir, 'user-data'), password: 'owner-password-1' });
const fixture = (name: string) => join(REPO_ROOT, 'test', 'fixtures', 'junit', name);

beforeAll(async () => {
  expect((await cairn(['init', project, '--product', 'BreathWise', '--owner', 'Ada Owner', '--email', 'ada@example.com'])).code).toBe(0);
  const steps = [{ action: 'Blow', expected: 'Measured' }];
  for (const input of [
    { title: 'Flow conversion', level: 'unit', automated: true },
    { title: 'Display in German', level: 'system', steps },
  ]) {
    const created = await cairn(['api', project, 'tests.createCase', JSON.stringify(input), ...as]);
    expect(created.code, created.stderr).toBe(0);
  }
}, 60_000);
afterAll(() => removeTempDir(dir));

describe('cairn import junit / cairn tests', () => {
  it('imports with mapped, unmapped and failed counts, and lists cases with their latest results', async () => {
    const imported = await cairn(['import', project, 'junit', fixture('nested-suites.xml'), '--version', '1.0.0', '--tools', 'vitest 4.1', ...as]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/^Imported nested-suites\.xml as RUN-1 for version 1\.0\.0: 4 tests — 1 mapped, 3 unmapped, 1 failed \(0 of them errors\), 0 skipped\./);
    expect(imported.stdout).toContain('  unmapped: flow.FlowSensor › rejects a reading outside 0-14 L/s');
    const json = await cairn(['import', project, 'junit', fixture('unicode.xml'), '--version', '1.0.0', ...as, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ tests: 3, failed: 1, mapped: { id: 1 }, run: { humanId: 'RUN-2' } });

    const listed = await cairn(['tests', project, ...as]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^2 test case\(s\); versions tested: 1\.0\.0\./);
    expect(listed.stdout).toContain('  TC-1 [unit, automated] Flow conversion  (1.0.0: passed)');
    expect(listed.stdout).toContain('  TC-2 [system] Display in German  (1.0.0: passed)');
    const body = JSON.parse((await cairn(['tests', project, ...as, '--json'])).stdout) as { versions: string[]; status: { version: string }[] };
    expect([body.versions, body.status.map((s) => s.version)]).toEqual([['1.0.0'], ['1.0.0']]);
  }, 90_000);

  it('needs --version, and refuses a bad file with exit 2 naming the problem', async () => {
    const missing = await cairn(['import', project, 'junit', fixture('outcomes.xml'), ...as]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('needs --version')]);
    const bad = await cairn(['import', project, 'junit', fixture('bad-root.xml'), '--version', '1.0.0', ...as]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad-root.xml: The root element is <results>');
    expect((await cairn(['--version'])).code).toBe(0);
  }, 60_000);
});
