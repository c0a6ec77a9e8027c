// `npm test`: every check, in the order that fails fastest, ending with one summary line
// ("N passed, N failed") that CI reads. The end-to-end tests are never skipped silently: without a
// Chromium the run fails and says what to install.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';
import { printTimes, runStage, runTogether } from './stages.mjs';

const RESULTS = 'test-results';
const bin = (name) => `node_modules/.bin/${name}`;

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

const started = Date.now();
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
// Independent checks side by side (two cores): type-check, lint, and the bundles the tests run — the
// Node doors' bundle (the CLI and host tests spawn it; node-bundle.test.ts checks it is current) and the
// renderer the end-to-end tests serve.
const results = await runTogether([
  ['type-check', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['Node bundles and renderer build', 'sh', ['-c', 'npm run --silent build:node && node_modules/.bin/vite build --config renderer/vite.config.ts --logLevel warn']],
]);
// Two forks: vitest's default on two cores is one (available parallelism − 1), which leaves a core idle
// whenever a file waits on a child process, an fsync or scrypt (measured: 535 s wall for ~560 CPU-s).
results.push(
  await runStage('unit, integration, slow and security tests', bin('vitest'), [
    'run',
    '--maxWorkers=2',
    '--reporter=default',
    '--reporter=junit',
    `--outputFile.junit=${RESULTS}/vitest-junit.xml`,
  ]),
);

const chromium = ensureChromium();
let e2eMissing = false;
if (chromium) {
  results.push(await runStage('end-to-end tests', bin('playwright'), ['test', '--config', 'test/e2e/playwright.config.ts'], { env: { CHROMIUM_PATH: chromium } }));
} else {
  e2eMissing = true;
  console.error('\nThe end-to-end tests need Chromium: install it (Debian/Ubuntu: "apt-get install -y chromium") or set CHROMIUM_PATH.');
}
printTimes(results, (Date.now() - started) / 1000);

const totals = { passed: 0, failed: 0, skipped: 0 };
for (const file of [`${RESULTS}/vitest-junit.xml`, `${RESULTS}/e2e-junit.xml`]) {
  const counts = junitCounts(file);
  if (counts) for (const key of Object.keys(totals)) totals[key] += counts[key];
}
const failedStages = results.filter((r) => !r.ok).length + (e2eMissing ? 1 : 0);
// A stage that failed without writing test results (type errors, lint, build) still counts as a failure.
const failed = Math.max(totals.failed, failedStages);
console.log(`\n${totals.passed} passed, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failedStages === 0 && totals.failed === 0 ? 0 : 1);
