// Builds the sample project into the file named by argv[2], as the app's "Explore the sample project"
// does, on a fixed clock. sample-cache.ts runs this in a process of its own with the tests' cheap
// key-derivation switch on; it is not a test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_VERSION } from '../../electron/core/node-defaults';
import { createTestCore, fixedClock } from './test-core';

/** Before every test clock, so whatever a test does to its copy happens after the sample was written. */
const SAMPLE_CLOCK_START = '2025-12-01T09:00:00.000Z';

const [out] = process.argv.slice(2);
if (!out) throw new Error('usage: build-sample.ts <project file>');
const userDataDir = mkdtempSync(join(tmpdir(), 'cairn-sample-build-'));
const core = createTestCore({ userDataDir, clock: fixedClock(SAMPLE_CLOCK_START), appVersion: APP_VERSION });
try {
  const built = await core.call('project.createDemo', { path: out });
  if (!built.ok) throw new Error(`the sample project could not be built: ${JSON.stringify(built.error)}`);
} finally {
  await core.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
