// `npm run test:fast`: the loop while working — type-check and lint side by side, then the unit and
// integration tests without the slow tier (see vitest.config.ts). `npm test` runs everything.
import { printTimes, runStage, runTogether } from './stages.mjs';

const started = Date.now();
const checks = await runTogether([
  ['type-check', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
]);
const tests = await runStage('unit and integration tests', 'node_modules/.bin/vitest', [
  'run',
  '--maxWorkers=2',
  '--project',
  'unit',
  '--project',
  'integration',
  '--project',
  'own-modules',
]);
const results = [...checks, tests];
printTimes(results, (Date.now() - started) / 1000);
process.exit(results.every((r) => r.ok) ? 0 : 1);
