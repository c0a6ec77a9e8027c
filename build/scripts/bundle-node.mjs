// Bundles the Node doors — the `cairn` CLI, the HTTP host and the PDF render worker they share — into
// plain ES modules under out/node, so neither runs TypeScript at run time (tsx is only for development).
// Runs on `npm install`/`npm ci` (the `prepare` script) and on `npm run build:node`. Dependencies stay
// external: they resolve from node_modules exactly as from source, native modules included.
// out/node sits as deep as electron/core, so `new URL('../../', import.meta.url)` still finds the root.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
// --outdir lets a test bundle into a temporary folder without touching out/.
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const outdir = values.outdir ? resolve(values.outdir) : `${root}out/node`;

export const ENTRIES = {
  cairn: 'electron/cli/main.ts',
  host: 'electron/host/main.ts',
  'pdf-worker': 'electron/core/pdf/pdf-worker.ts',
  'integrity-worker': 'electron/core/audit/integrity-worker.ts',
};

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: ENTRIES,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outdir,
  outExtension: { '.js': '.mjs' },
  // Chunks beside the entries: code that finds files relative to import.meta.url must sit at one depth.
  chunkNames: '[name]-[hash]',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});
// The sources each bundle was built from, so the `cairn` launcher can tell a stale bundle from a fresh one.
const sources = [...Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('node_modules/')), 'build/scripts/bundle-node.mjs'];
writeFileSync(`${outdir}/sources.json`, `${JSON.stringify({ sources }, null, 1)}\n`);
// The installation manifest `cairn validate` checks (IQ): every shipped file of the bundle and every
// migration, by path from the root and SHA-256, so a changed or missing file is named after install.
const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');
const shipped = [
  ...readdirSync(outdir)
    .sort()
    .map((name) => [`out/node/${name}`, `${outdir}/${name}`]),
  ...readdirSync(`${root}migrations`)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => [`migrations/${name}`, `${root}migrations/${name}`]),
];
const files = Object.fromEntries(shipped.map(([name, path]) => [name, sha256(path)]));
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
writeFileSync(`${outdir}/manifest.json`, `${JSON.stringify({ version, files }, null, 1)}\n`);
console.log(`Node bundles written to ${relative(root, outdir) || '.'} (${sources.length} sources)`);
