import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost, type RunningHost } from './host';

interface Fixtures {
  /** A host of our own with an empty recent list; stopped after the test. */
  host: RunningHost;
  /** An empty folder for this test's project files. */
  projectDir: string;
}

export const test = base.extend<Fixtures>({
  host: async ({}, use) => {
    const host = await startHost();
    try {
      await use(host);
    } finally {
      await host.stop();
    }
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
