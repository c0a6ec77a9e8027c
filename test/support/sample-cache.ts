import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEMO_PASSWORD, DEMO_TEAM } from '../../electron/core/demo/demo-content';
import { REPO_ROOT } from './paths';

/**
 * The sample project built once and copied per test. Building it takes seconds of CPU (every area's
 * records, documents signed by four people); two dozen tests only need to read or change one. The
 * cached file is keyed by a hash of everything that decides its content (the core, the contract and
 * domain rules, the migrations, the builder), so a change to any of them builds it afresh.
 * `projects.test.ts` and the door tests still build it through the API; one e2e spec builds it through the UI.
 */

/** Who the copy's tests sign in as: the sample's owner, with the password every demo account shares. */
export const SAMPLE_OWNER = { name: DEMO_TEAM[0].name, email: DEMO_TEAM[0].email, password: DEMO_PASSWORD } as const;

const SOURCES = ['electron/core', 'shared', 'migrations', 'test/support/build-sample.ts', 'test/support/test-core.ts', 'package.json'];
const CACHE_DIR = join(REPO_ROOT, 'node_modules', '.cache', 'cairn-sample');
const BUILDER = join(REPO_ROOT, 'test', 'support', 'build-sample.ts');

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

/** SHA-256 over the path and bytes of every source file that shapes the sample. */
export function sampleSourceHash(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap((source) => filesUnder(join(REPO_ROOT, source)))) {
    hash.update(relative(REPO_ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The cached sample's path, built first when this source has none yet. Safe to call from several
 * processes at once: each builds into its own file and the rename into place is atomic.
 */
export function cachedSample(): string {
  const key = sampleSourceHash();
  const cached = join(CACHE_DIR, `sample-${key}.cairn`);
  if (existsSync(cached)) return cached;
  mkdirSync(CACHE_DIR, { recursive: true });
  const building = join(CACHE_DIR, `building-${key}-${process.pid}.cairn`);
  const built = spawnSync(process.execPath, ['--import', 'tsx', BUILDER, building], {
    cwd: REPO_ROOT,
    env: { ...process.env, CAIRN_TEST_CHEAP_KDF: '1' },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`Building the sample project failed:\n${built.stderr}`);
  for (const suffix of ['-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
  renameSync(building, cached);
  // Older samples are for source that has changed since; keep the folder to the current one.
  for (const name of readdirSync(CACHE_DIR)) if (name.startsWith('sample-') && name !== `sample-${key}.cairn`) rmSync(join(CACHE_DIR, name), { force: true });
  return cached;
}

/** Copies the sample to `dest` (a project file path, `.cairn` included) and returns `dest`. */
export function copySample(dest: string): string {
  copyFileSync(cachedSample(), dest);
  return dest;
}
