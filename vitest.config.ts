import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/security/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/support/vitest-global-setup.ts'],
    // Cheap password hashing for every test and every process a test starts (CLI, host); kdf-cost.test.ts
    // checks the production cost at full strength. See electron/core/kdf-cost.ts.
    env: { CAIRN_TEST_CHEAP_KDF: '1' },
  },
});
