// `npm run build:electron`: bundles the Electron entries into out/electron as CommonJS.
// CommonJS because a sandboxed preload cannot load ES modules, and main and the core process share the
// format so one esbuild setup serves all three. `electron` is provided by the runtime; better-sqlite3-multiple-ciphers
// stays external because its native binary is chosen at run time (see native-for-electron.mjs).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
// --outdir lets tests bundle into a temporary folder without touching out/.
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const outdir = values.outdir ? resolve(values.outdir) : `${root}out/electron`;

/** Electron 45 ships Node 22 and Chromium 142. */
const NODE_TARGET = 'node22';
const CHROME_TARGET = 'chrome142';

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  outdir,
  outExtension: { '.js': '.cjs' },
  // exceljs is loaded on the first workbook only (import('exceljs')); kept out so its megabytes are not parsed at start-up.
  external: ['electron', 'better-sqlite3-multiple-ciphers', 'exceljs'],
  sourcemap: 'linked',
  logLevel: 'warning',
  // Fail the build on warnings such as import.meta in a CommonJS bundle, which would break at run time.
  logOverride: { 'empty-import-meta': 'error' },
};

rmSync(outdir, { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    platform: 'node',
    target: NODE_TARGET,
    // The PDF render worker is its own bundle: render-in-worker.ts starts it beside the core process.
    entryPoints: {
      main: 'electron/main/main.ts',
      'core-process': 'electron/main/core-process.ts',
      'pdf-worker': 'electron/core/pdf/pdf-worker.ts',
      'integrity-worker': 'electron/core/audit/integrity-worker.ts',
    },
    // Core modules are ES modules and may use import.meta.url (createRequire, package files). In a
    // CommonJS bundle it becomes the bundle's own URL: out/electron sits as deep as electron/core, and
    // node_modules resolve from there as they do from source.
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    // The desktop app never runs at the tests' cheap key-derivation cost: the switch is compiled out.
    define: { 'import.meta.url': '__bundleUrl', 'process.env.CAIRN_TEST_CHEAP_KDF': 'undefined' },
  }),
  // The preload runs in the renderer's sandbox: browser platform, so no Node built-in sneaks in.
  build({ ...common, platform: 'browser', target: CHROME_TARGET, entryPoints: { preload: 'electron/preload/preload.ts' } }),
]);
console.log(`Electron bundles written to ${outdir}`);
