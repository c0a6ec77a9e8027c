// `npm test`: every check, in the order that fails fastest, ending with one summary line
// ("N passed, N failed") that CI reads. The end-to-end tests are never skipped silently: without a
// Chromium the run fails and says what to install.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const RESULTS = 'test-results';
const bin = (name) => `node_modules/.bin/${name}`;

function run(label, command, args, env = {}) {
  console.log(`\n── ${label} ──`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`── ${label}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${seconds} s ──`);
  return result.status === 0;
}

/** Counts from a JUnit file's root element, as both vitest and Playwright write it. */
function junitCounts(file) {
  if (!existsSync(file)) return null;
  const root = readFileSync(file, 'utf8').match(/<testsuites\b[^>]*>/)?.[0] ?? '';
  const attr = (name) => Number(root.match(new RegExp(`\\b${name}="(\\d+)"`))?.[1] ?? 0);
  const failed = attr('failures') + attr('errors');
  const skipped = attr('skipped');
  return { passed: attr('tests') - failed - skipped, failed, skipped };
}

function ensureChromium() {
  let chromium = findChromium();
  if (!chromium) {
    console.log('No Chromium found; trying "npx playwright install chromium".');
    spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
    chromium = findChromium();
  }
  return chromium;
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const stages = [];
stages.push(run('type-check', 'npm', ['run', '--silent', 'typecheck']));
// The CLI and host tests spawn run the bundle; node-bundle.test.ts checks it is the current source.
stages.push(run('Node bundles', 'npm', ['run', '--silent', 'build:node']));
stages.push(run('lint', 'npm', ['run', '--silent', 'lint']));
stages.push(
  run('unit, integration and security tests', bin('vitest'), ['run', '--reporter=default', '--reporter=junit', `--outputFile.junit=${RESULTS}/vitest-junit.xml`]),
);
stages.push(run('renderer build', bin('vite'), ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']));

const chromium = ensureChromium();
let e2eMissing = false;
if (chromium) {
  stages.push(run('end-to-end tests', bin('playwright'), ['test', '--config', 'test/e2e/playwright.config.ts'], { CHROMIUM_PATH: chromium }));
} else {
  e2eMissing = true;
  console.error('\nThe end-to-end tests need Chromium: install it (Debian/Ubuntu: "apt-get install -y chromium") or set CHROMIUM_PATH.');
}

const totals = { passed: 0, failed: 0, skipped: 0 };
for (const file of [`${RESULTS}/vitest-junit.xml`, `${RESULTS}/e2e-junit.xml`]) {
  const counts = junitCounts(file);
  if (counts) for (const key of Object.keys(totals)) totals[key] += counts[key];
}
const failedStages = stages.filter((ok) => !ok).length + (e2eMissing ? 1 : 0);
// A stage that failed without writing test results (type errors, lint, build) still counts as a failure.
const failed = Math.max(totals.failed, failedStages);
console.log(`\n${totals.passed} passed, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failedStages === 0 && totals.failed === 0 ? 0 : 1);
