import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { REPO_ROOT } from '../support/paths';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

const dir = makeTempDir('cli-soup');
const project = join(dir, 'bw.cairn');
const as = ['--user', 'ada@example.com'];
const cairn = (args: string[]) => runCli(args, { userData: join(dir, 'user-data'), password: 'owner-password-1' });
const lock = (axios: string) =>
  JSON.stringify({
    lockfileVersion: 3,
    packages: {
      '': { dependencies: { axios: '^1' } },
      'node_modules/axios': { version: axios, license: 'MIT' },
      'node_modules/form-data': { version: '4.0.0' },
      'node_modules/jest': { version: '29.7.0', dev: true },
    },
  });

beforeAll(async () => {
  expect((await cairn(['init', project, '--product', 'BreathWise', '--owner', 'Ada Owner', '--email', 'ada@example.com'])).code).toBe(0);
  mkdirSync(join(dir, 'app'));
  writeFileSync(join(dir, 'app', 'package-lock.json'), lock('1.6.2'));
}, 60_000);
afterAll(() => removeTempDir(dir));

describe('cairn import soup / cairn soup', () => {
  it('imports with counts, re-imports a newer lockfile as a diff, and lists as JSON', async () => {
    const first = await cairn(['import', project, 'soup', join(dir, 'app', 'package-lock.json'), ...as]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Imported app\/package-lock\.json \(npm package-lock\.json\): 2 added, 0 updated, 0 removed, 0 unchanged, 1 skipped/);
    writeFileSync(join(dir, 'app', 'package-lock.json'), lock('1.7.2'));
    const second = await cairn(['import', project, 'soup', join(dir, 'app', 'package-lock.json'), ...as, '--json']);
    expect(JSON.parse(second.stdout)).toMatchObject({ added: 0, updated: 1, removed: 0, unchanged: 1, skipped: 1, source: 'app/package-lock.json' });
    const listed = await cairn(['soup', project, ...as, '--json']);
    const body = JSON.parse(listed.stdout) as { items: { humanId: string; name: string; version: string; direct: boolean }[] };
    expect(body.items.map((s) => [s.humanId, s.name, s.version, s.direct])).toEqual([
      ['SOUP-001', 'axios', '1.7.2', true],
      ['SOUP-002', 'form-data', '4.0.0', false],
    ]);
    const human = await cairn(['soup', project, ...as]);
    expect(human.stdout).toMatch(/^SOUP-001 +axios 1\.7\.2 +direct +class C +no item +missing: manufacturer or supplier, purpose/m);
    expect(human.stdout).toMatch(/1 SOUP item\(s\) shown of 2/);
  }, 60_000);

  it('refuses a malformed file with exit 2 naming the line, and writes nothing', async () => {
    writeFileSync(join(dir, 'requirements.txt'), 'flask==3.0.0\nnot a requirement!\n');
    const bad = await cairn(['import', project, 'soup', join(dir, 'requirements.txt'), ...as]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/requirements\.txt line 2: "not a requirement!" is not a requirement/);
    const fixture = await cairn(['import', project, 'soup', join(REPO_ROOT, 'test', 'fixtures', 'soup', 'poetry.lock'), ...as, '--json']);
    expect(JSON.parse(fixture.stdout)).toMatchObject({ format: 'poetry-lock', added: 4, skipped: 1 });
  }, 60_000);

  it('says what it set aside: type declarations, and platform builds under the package that carries them', async () => {
    const lock = await cairn(['import', project, 'soup', join(REPO_ROOT, 'test', 'fixtures', 'soup', 'platform', 'package-lock.json'), ...as]);
    expect(lock.code).toBe(0);
    expect(lock.stdout).toMatch(
      /: 4 added, 0 updated, 0 removed, 0 unchanged, 1 skipped \(development only\), 1 skipped \(type declarations only\), 3 platform builds grouped under their package\./,
    );
    expect(lock.stdout).toContain('  esbuild 0.25.0: its 3 builds for darwin arm64, linux x64, win32 x64 belong to it and are not listed apart');
  }, 60_000);
});
