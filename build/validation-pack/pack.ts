// `npm run validation-pack`: builds a Cairn project of Cairn itself from the repository (its records in
// test/validation/, SOUP from its own lockfile, the JUnit results of the test run just made, its known
// anomalies and release version), issues the SRS, trace matrix, test report, SOUP list and known
// anomalies from it as signed PDFs, adds a signed `cairn validate` report, and writes the whole as one
// folder and zip with a signed manifest of hashes: out/validation-pack/cairn-<version>-validation-pack.zip.
// Exits 3 when `cairn trace` finds a gap or a validation step failed, 1 when the pack cannot be built.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createCore } from '../../electron/core/core';
import { APP_VERSION } from '../../electron/core/node-defaults';
import { buildCairnProject, type PackOwner } from './build-project';
import { issueDocuments } from './documents';
import { readRecords } from './records';
import { MANIFEST, MANIFEST_SIGNATURE, MANIFEST_SIGNER, signManifest, zipPack } from './manifest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CAIRN = join(ROOT, 'electron', 'cli', 'cairn.mjs');
/** What `npm test` writes (build/scripts/test.mjs). */
const NPM_TEST_JUNIT = join(ROOT, 'test-results', 'vitest-junit.xml');

const { values: args } = parseArgs({ options: { junit: { type: 'string' }, out: { type: 'string' } } });
const started = Date.now();
const version = APP_VERSION;
const packName = `cairn-${version}-validation-pack`;
const outRoot = resolve(args.out ?? join(ROOT, 'out', 'validation-pack'));
const packDir = join(outRoot, packName);
const work = mkdtempSync(join(tmpdir(), 'cairn-pack-'));
// The releaser may keep the password (to run cairn trace or status on the published project later);
// by default nobody knows it, and the project serves only to verify the PDFs against (verify-pdf --project).
const owner: PackOwner = { name: 'Cairn release', email: 'release@cairn.example', password: process.env.CAIRN_PACK_PASSWORD ?? randomBytes(18).toString('base64url') };
const env = { ...process.env, CAIRN_PASSWORD: owner.password, CAIRN_USER_DATA: join(work, 'user-data') };
const step = (text: string) => console.error(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${text}`);

/**
 * The JUnit file to record: the one given, else the one `npm test` just wrote, else the tests that
 * carry a [TC-n] tag (the ones the trace counts), run now through vitest's unit and integration projects.
 */
function testResults(): { path: string; source: string } {
  if (args.junit) return { path: resolve(args.junit), source: `JUnit file given: ${args.junit}` };
  if (existsSync(NPM_TEST_JUNIT)) return { path: NPM_TEST_JUNIT, source: 'npm test (test-results/vitest-junit.xml)' };
  const path = join(work, 'tagged-tests-junit.xml');
  // Only the files test-cases.csv names: collecting every test file to filter by name costs minutes.
  const files = [...new Set(readRecords(ROOT, 'test-cases.csv').map((row) => row.Tests ?? ''))];
  step(`No npm test results: running the tests tagged [TC-n] in ${files.length} files`);
  const vitest = join(ROOT, 'node_modules', '.bin', 'vitest');
  spawnSync(vitest, ['run', ...files, '-t', '\\[TC-\\d+\\]', '--reporter=dot', '--reporter=junit', `--outputFile.junit=${path}`], { cwd: ROOT, stdio: 'inherit' });
  if (!existsSync(path)) throw new Error('vitest wrote no JUnit file');
  return { path, source: `vitest, the tests tagged [TC-n] in ${files.join(', ')}, run by validation-pack` };
}

/** The installed command line, as a user or pipeline runs it. */
function cairn(...argv: string[]): { code: number; stdout: string } {
  const result = spawnSync(process.execPath, [CAIRN, ...argv], { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return { code: result.status ?? 1, stdout: result.stdout };
}

async function main(): Promise<number> {
  rmSync(outRoot, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  const junit = testResults();
  copyFileSync(junit.path, join(packDir, 'junit.xml'));
  const projectFile = join(packDir, `cairn-${version}.cairn`);
  step(`Building Cairn's own project (results: ${junit.source})`);
  const core = createCore({ appVersion: version, migrationsDir: join(ROOT, 'migrations'), userDataDir: join(work, 'user-data') });
  let built;
  let documents: string[];
  try {
    built = await buildCairnProject(core, { root: ROOT, path: projectFile, version, owner, junitPath: junit.path, junitSource: junit.source });
    step('Issuing the SRS, trace matrix, test report, SOUP list and known anomalies, signed');
    documents = await issueDocuments(core, { dir: packDir, version, owner });
  } finally {
    await core.close();
  }

  step('cairn trace on the project');
  const trace = cairn('trace', projectFile, '--user', owner.email, '--json');
  // The gap report goes into the pack: a reader without the owner's password still sees it.
  writeFileSync(join(packDir, 'trace.json'), trace.stdout);
  step('cairn validate --sign');
  const validation = cairn('validate', '--sign', '--user', owner.email, '--out', packDir, '--json');
  const validated = JSON.parse(validation.stdout) as { passed: boolean; report: string };

  const results = built.results;
  const facts = {
    version,
    builtAt: new Date().toISOString(),
    commit: spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() || null,
    project: `cairn-${version}.cairn`,
    documents,
    testResults: {
      source: junit.source,
      run: results.run.humanId,
      tests: results.tests,
      passed: results.passed,
      failed: results.failed + results.errors,
      skipped: results.skipped,
      mappedToCases: results.mapped,
    },
    soupPackages: built.soupItems,
    trace: { exitCode: trace.code },
    validation: { exitCode: validation.code, passed: validated.passed },
  };
  const { certificateSha256 } = signManifest(packDir, facts, { name: owner.name, email: owner.email }, new Date());
  const zip = join(outRoot, `${packName}.zip`);
  zipPack(packDir, packName, zip);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    [
      `Wrote ${zip}`,
      `  ${documents.length} signed documents, cairn-${version}.cairn, the validation report, junit.xml, ${MANIFEST} signed as ${MANIFEST_SIGNATURE} (certificate ${MANIFEST_SIGNER}, SHA-256 ${certificateSha256})`,
      `  tests: ${results.passed} passed, ${results.failed + results.errors} failed, ${results.skipped} skipped; cairn trace exit ${trace.code}; cairn validate exit ${validation.code}`,
      `  ${seconds} s`,
    ].join('\n'),
  );
  return trace.code === 0 && validation.code === 0 ? 0 : 3;
}

main()
  .then((code) => {
    rmSync(work, { recursive: true, force: true });
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    rmSync(work, { recursive: true, force: true });
    console.error(`validation-pack: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
