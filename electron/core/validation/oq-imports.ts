import { readFileSync, writeFileSync } from 'node:fs';
import { GOLDEN_JUNIT_XML, GOLDEN_PACKAGE_LOCK, GOLDEN_REQUIREMENTS_CSV } from './golden-inputs';
import { asOwner, cairn, createOqProject, jsonOf, oqPath, type OqContext } from './oq-context';
import { runStep, type StepRecorder, type ValidationStep } from './validation-step';

/** Writes a golden input into the work folder, hashing it as evidence, and returns its path. */
function golden(ctx: OqContext, step: StepRecorder, name: string, content: string): string {
  const path = oqPath(ctx, name);
  writeFileSync(path, content);
  step.hash(name, content);
  step.input(name, content);
  return path;
}

/** `cairn import … --json`, recorded under `name`; throws when the import is refused. */
async function imported<T>(ctx: OqContext, step: StepRecorder, name: string, argv: string[]): Promise<T> {
  const outcome = await cairn(ctx, 'import', ...argv, ...asOwner(), '--json');
  const result = jsonOf<T>(outcome, `cairn import (${name})`);
  step.output(name, { exitCode: outcome.code, result });
  if (outcome.code !== 0) throw new Error(`the ${name} import exited ${outcome.code}: ${outcome.stderr.trim()}`);
  return result;
}

/** Names every field of `actual` that differs from `expected`. */
function expectFields(step: StepRecorder, what: string, actual: Record<string, unknown>, expected: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(expected)) {
    step.expect(actual[field] === value, `${what}: ${field} was ${JSON.stringify(actual[field])}, expected ${JSON.stringify(value)}`);
  }
}

/** Requirements from CSV, exported as ReqIF and read back: the round trip changes nothing. */
export function requirementsImportScenario(ctx: OqContext): Promise<ValidationStep> {
  return runStep(
    'OQ-06',
    'Requirements import from CSV and ReqIF round trip',
    'The golden CSV adds 3 requirements; exported as ReqIF and imported again, all 3 come back unchanged.',
    async (step) => {
      const file = await createOqProject(ctx, 'imports.cairn', 'Import Pump');
      const csv = golden(ctx, step, 'requirements.csv', GOLDEN_REQUIREMENTS_CSV);
      const fromCsv = await imported<Record<string, unknown>>(ctx, step, 'CSV', [file, 'requirements', csv]);
      expectFields(step, 'CSV import', fromCsv, { format: 'csv', rows: 3, added: 3, updated: 0, skipped: 0 });
      const reqif = oqPath(ctx, 'requirements.reqif');
      const exported = await cairn(ctx, 'export', file, 'requirements', '--format', 'reqif', '--out', reqif, ...asOwner(), '--json');
      if (!step.expect(exported.code === 0, `the ReqIF export exited ${exported.code}: ${exported.stderr.trim()}`)) return;
      step.hash('requirements.reqif', readFileSync(reqif));
      const back = await imported<Record<string, unknown>>(ctx, step, 'ReqIF', [file, 'requirements', reqif]);
      expectFields(step, 'ReqIF re-import', back, { format: 'reqif', added: 0, updated: 0, unchanged: 3 });
    },
  );
}

/** A JUnit report becomes one completed run with the golden outcome counts. */
export function junitImportScenario(ctx: OqContext): Promise<ValidationStep> {
  return runStep('OQ-07', 'JUnit test results import', 'The golden JUnit file becomes one run of version 1.0.0 with 1 passed, 1 failed and 1 skipped test.', async (step) => {
    const file = await createOqProject(ctx, 'junit.cairn', 'JUnit Pump');
    const xml = golden(ctx, step, 'results.xml', GOLDEN_JUNIT_XML);
    const result = await imported<Record<string, unknown>>(ctx, step, 'JUnit', [file, 'junit', xml, '--version', '1.0.0']);
    expectFields(step, 'JUnit import', result, { suites: 1, tests: 3, passed: 1, failed: 1, errors: 0, skipped: 1 });
    step.expect(result.sha256 === step.evidence.hashes['results.xml'], 'the run does not record the SHA-256 of the imported file');
  });
}

/** An npm lockfile becomes the SOUP list: both direct dependencies, nothing else. */
export function lockfileImportScenario(ctx: OqContext): Promise<ValidationStep> {
  return runStep(
    'OQ-08',
    'SOUP import from a lockfile',
    'The golden package-lock.json is recognised as npm and adds 2 SOUP items; importing it again changes nothing.',
    async (step) => {
      const file = await createOqProject(ctx, 'soup.cairn', 'SOUP Pump');
      const lock = golden(ctx, step, 'package-lock.json', GOLDEN_PACKAGE_LOCK);
      const first = await imported<Record<string, unknown>>(ctx, step, 'lockfile', [file, 'soup', lock]);
      expectFields(step, 'lockfile import', first, { format: 'npm-lock', added: 2, updated: 0, removed: 0 });
      const again = await imported<Record<string, unknown>>(ctx, step, 'lockfile again', [file, 'soup', lock]);
      expectFields(step, 'lockfile re-import', again, { added: 0, updated: 0, removed: 0, unchanged: 2 });
    },
  );
}
