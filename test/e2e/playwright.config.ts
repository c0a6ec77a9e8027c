import { defineConfig } from '@playwright/test';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Cheap password hashing (electron/core/kdf-cost.ts) in the workers too, which inherit this process's
// environment: the specs that build a project through the core in-process (support/*-project.ts) would
// otherwise pay production scrypt for every member, signature and later sign-in, half a second each on a
// busy machine. Read once at the core's load, so it is set here, before any worker starts.
process.env.CAIRN_TEST_CHEAP_KDF = '1';

export default defineConfig({
  testDir: './specs',
  globalSetup: './support/global-setup.ts',
  // Two cores: two workers keep each host responsive while halving the wall time.
  workers: 2,
  fullyParallel: true,
  // A user journey clicks through several screens; on 2 loaded cores one can pass a minute.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list'], ['junit', { outputFile: '../../test-results/e2e-junit.xml' }]],
  outputDir: '../../test-results/e2e-artifacts',
  use: {
    browserName: 'chromium',
    viewport: { width: 1400, height: 900 },
    locale: 'en-US',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
