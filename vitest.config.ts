import { defineConfig } from 'vitest/config';

/**
 * The slow tier: files that start many processes, scan or bundle the app, walk the whole contract, or cost
 * more than about 7 CPU-seconds each (measured with two forks, December 2026). They run in `npm test` (CI)
 * and `npm run test:slow`, not in the `test:fast` loop, which must stay under three minutes on two cores.
 */
const SLOW = [
  'test/integration/doors.test.ts',
  'test/integration/bad-input.test.ts',
  'test/integration/bad-input-cli.test.ts',
  'test/integration/bad-input-http.test.ts',
  'test/integration/cli.test.ts',
  'test/integration/crash-safety.test.ts',
  'test/integration/crash-safety-shared-user-data.test.ts',
  'test/integration/validation-crash.test.ts',
  'test/integration/two-writers.test.ts',
  'test/integration/node-bundle.test.ts',
  'test/integration/validate-command.test.ts',
  'test/integration/validation-oq.test.ts',
  'test/integration/pdf-export.test.ts',
  'test/integration/pdf-forgery.test.ts',
  'test/integration/technical-file.test.ts',
  'test/integration/export-cancel.test.ts',
  'test/integration/tamper-records.test.ts',
  'test/integration/projects.test.ts',
  'test/integration/qms.test.ts',
  'test/integration/qms-record-documents.test.ts',
  'test/integration/risk-documents.test.ts',
  'test/integration/sample-documents-layout.test.ts',
  'test/security/core-process.test.ts',
  'test/security/electronegativity.test.ts',
];

/**
 * Files that replace or reload modules (a mocked node:crypto, the KDF switch read afresh) or set a global a
 * module reads once at import (the renderer's API bridge, read from \`window\` when the client loads): they
 * get modules of their own. Every other unit and integration file shares its fork's modules with the files
 * before it (isolate: false), so the core is imported once per fork instead of once per file (110 s of 313 s).
 */
const OWN_MODULES = ['test/unit/kdf-cost.test.ts', 'test/unit/documents-store.test.ts', 'test/unit/project-stores.test.ts', 'test/integration/encryption-unlock.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/support/vitest-global-setup.ts'],
    // Cheap password hashing for every test and every process a test starts (CLI, host); kdf-cost.test.ts
    // checks the production cost at full strength. See electron/core/kdf-cost.ts.
    env: { CAIRN_TEST_CHEAP_KDF: '1' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], exclude: OWN_MODULES, isolate: false } },
      {
        extends: true,
        test: { name: 'integration', include: ['test/integration/**/*.test.ts', 'test/security/**/*.test.ts'], exclude: [...SLOW, ...OWN_MODULES], isolate: false },
      },
      { extends: true, test: { name: 'own-modules', include: OWN_MODULES } },
      { extends: true, test: { name: 'slow', include: SLOW } },
    ],
  },
});
