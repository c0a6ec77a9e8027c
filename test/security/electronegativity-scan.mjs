// Runs Electronegativity on one folder and prints its findings as JSON on stdout.
// Why not `node_modules/.bin/electronegativity`: its CLI requires `commander` without declaring it and
// gets this project's commander 14, whose API it cannot use ("version is not a function"). And its CSV
// writer starts the header write and the rows write concurrently, so the file can lose rows. The
// programmatic runner it is built on returns the findings directly, so this uses that.
import { resolve } from 'node:path';
import run from '@doyensec/electronegativity/dist/runner.js';

const [input, electronVersion] = process.argv.slice(2);
if (!input) {
  console.error('usage: electronegativity-scan.mjs <folder> [electron-version]');
  process.exit(2);
}

// The scanner prints progress notes (translations, release checks) with console.log; keep stdout for JSON.
const log = console.log;
console.log = (...args) => console.error(...args);

run(
  {
    input: resolve(input),
    customScan: [],
    excludeFromScan: [],
    isRelative: true,
    parserPlugins: [],
    electronVersionOverride: electronVersion,
  },
  false,
)
  .then((result) => {
    const findings = result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      line: issue.location.line,
      column: issue.location.column,
      manualReview: Boolean(issue.manualReview),
      description: issue.description,
    }));
    log(JSON.stringify({ findings, errors: result.errors }));
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
