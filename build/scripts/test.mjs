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

const quiet = (label, command, args, options = {}) => runStage(label, command, args, { ...options, quiet: true });

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

// First, what both test lanes need (seconds): the Node doors' bundle (tests spawn it; node-bundle.test.ts
// checks it is current) and the cached sample project (built once here rather than by both lanes at once).
const results = await runTogether([
  ['Node bundles', 'npm', ['run', '--silent', 'build:node']],
  ['sample project', process.execPath, ['--import', 'tsx', '-e', "import('./test/support/sample-cache.ts').then((m) => m.cachedSample())"]],
]);

// Then three lanes side by side. On two cores no single stage keeps both busy — the end-to-end tests wait
// on a browser and a host, the vitest files on fsyncs and child processes — so overlapping them is what
// brings the whole run down. Each lane's stages run in order; each stage's output is printed when it ends.
let e2eMissing = false;
const lanes = [
  async () => [await quiet('type-check', 'npm', ['run', '--silent', 'typecheck']), await quiet('lint', 'npm', ['run', '--silent', 'lint'])],
  async () => [
    // Two forks: vitest's default on two cores is one, which leaves a core idle while a file waits.
    await quiet('unit, integration, slow and security tests', bin('vitest'), ['run', '--maxWorkers=2', '--reporter=default', '--reporter=junit', `--outputFile.junit=${RESULTS}/vitest-junit.xml`]),
  ],
  async () => {
    const built = await quiet('renderer build', bin('vite'), ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
    const chromium = ensureChromium();
    if (!chromium) {
      e2eMissing = true;
      console.error('\nThe end-to-end tests need Chromium: install it (Debian/Ubuntu: "apt-get install -y chromium") or set CHROMIUM_PATH.');
      return [built];
    }
    if (!built.ok) return [built];
    return [built, await quiet('end-to-end tests', bin('playwright'), ['test', '--config', 'test/e2e/playwright.config.ts'], { env: { CHROMIUM_PATH: chromium } })];
  },
];
for (const lane of await Promise.all(lanes.map((run) => run()))) results.push(...lane);
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
