import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resetHost, startHost, type RunningHost } from './host';

interface Fixtures {
  /** This worker's host, reset for this test: no project open or locked, an empty recent list. */
  host: RunningHost;
  /** An empty folder for this test's project files. */
  projectDir: string;
}

interface WorkerFixtures {
  /** One host per worker: starting one per test cost a second or two of each test on two busy cores. */
  workerHost: RunningHost;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  workerHost: [
    async ({}, use) => {
      const host = await startHost();
      try {
        await use(host);
      } finally {
        await host.stop();
      }
    },
    { scope: 'worker' },
  ],
  // Reset after the test, while its project folder still exists (the host depends on projectDir so it is
  // torn down first): an encrypted project is sealed as it closes, which needs its file. The reset before
  // the test is a check that finds nothing to do unless the previous test's teardown did not finish.
  host: async ({ workerHost, projectDir: _folderOutlivesHost }, use) => {
    await resetHost(workerHost);
    await use(workerHost);
    await resetHost(workerHost);
  },
  projectDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'cairn-e2e-projects-'));
    try {
      await use(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  baseURL: async ({ host }, use) => {
    await use(host.url);
  },
  // Every browser context enters as a user does: through the printed address, which swaps the launch
  // secret for this context's own session cookie.
  context: async ({ context, host }, use) => {
    const entered = await context.request.get(host.launchUrl);
    if (!entered.ok()) throw new Error(`The host did not let the browser in: ${entered.status()} ${await entered.text()}`);
    await use(context);
  },
});

export { expect } from '@playwright/test';
