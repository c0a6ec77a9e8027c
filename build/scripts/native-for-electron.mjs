// Builds better-sqlite3 for Electron's ABI into out/native/electron/better_sqlite3.node, beside (never
// over) node_modules/better-sqlite3-multiple-ciphers/build, which stays the Node build that tests, the host and the CLI load.
// Why not electron-rebuild or install-app-deps: on this kind of machine they report success while leaving
// the Node build in place (a silently wrong binary). Here every step is explicit and the result is checked.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const HEADERS_URL = 'https://electronjs.org/headers';
const PREFLIGHT_TIMEOUT_MS = 15_000;
const BUILD_TIMEOUT_MS = 15 * 60_000;

const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const electronAbi = readFileSync(join(dirname(require.resolve('electron/package.json')), 'abi_version'), 'utf8').trim();
const sourceDir = dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
const workDir = join(root, 'out', 'native', 'electron-build');
const headersDir = join(root, 'out', 'native', 'electron-headers');
const outputFile = join(root, 'out', 'native', 'electron', 'better_sqlite3.node');

function fail(sentence) {
  console.error(sentence);
  process.exit(1);
}

/** node-gyp would hang or fail deep in its output without the headers; ask once, quickly, first. */
async function checkHeadersReachable() {
  const url = `${HEADERS_URL}/v${electronVersion}/SHASUMS256.txt`;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(PREFLIGHT_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  } catch (error) {
    fail(
      `Cannot build better-sqlite3 for Electron ${electronVersion}: its headers could not be downloaded from ${HEADERS_URL} (${error.cause?.code ?? error.message}), so run this where that address is reachable.`,
    );
  }
}

/**
 * npm exports its config to child processes, and this machine's npmrc sets nodedir to the local Node
 * headers: node-gyp would obey it and build for Node again. Drop every inherited nodedir/target setting.
 */
function cleanEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|devdir)$/i.test(key)) delete env[key];
  }
  return env;
}

function build() {
  rmSync(workDir, { recursive: true, force: true });
  // A copy without build/, so the Node build in node_modules is never touched.
  cpSync(sourceDir, workDir, { recursive: true, filter: (src) => !src.startsWith(join(sourceDir, 'build')) });
  const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
  const args = [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${process.arch}`, `--dist-url=${HEADERS_URL}`, `--devdir=${headersDir}`];
  const result = spawnSync(process.execPath, args, {
    cwd: workDir,
    env: cleanEnv(),
    stdio: 'inherit',
    timeout: BUILD_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  if (result.error || result.status !== 0) {
    fail(`node-gyp could not build better-sqlite3 for Electron ${electronVersion} (${result.error?.message ?? `exit ${result.status}`}); see its output above.`);
  }
}

/**
 * The module version is compiled in and cannot be read without loading the file, which only Electron
 * can do. So check what it was compiled against: the headers node-gyp used must be Electron's, and
 * their NODE_MODULE_VERSION must be Electron's ABI, and the binary must differ from the Node build.
 */
function verify() {
  const built = join(workDir, 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(built)) fail(`node-gyp finished but left no ${built}.`);
  const config = readFileSync(join(workDir, 'build', 'config.gypi'), 'utf8');
  const headerRoot = join(headersDir, electronVersion);
  if (!config.includes(JSON.stringify(headerRoot).slice(1, -1))) {
    fail(`The build used headers other than Electron ${electronVersion}'s (see ${join(workDir, 'build', 'config.gypi')}).`);
  }
  const versionHeader = readFileSync(join(headerRoot, 'include', 'node', 'node_version.h'), 'utf8');
  const abi = /#define NODE_MODULE_VERSION (\d+)/.exec(versionHeader)?.[1];
  if (abi !== electronAbi) fail(`The headers give NODE_MODULE_VERSION ${abi}, but Electron ${electronVersion} needs ${electronAbi}.`);
  const nodeBuild = join(sourceDir, 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(nodeBuild) && readFileSync(nodeBuild).equals(readFileSync(built))) {
    fail('The Electron build is byte-for-byte the Node build, so it was not built for Electron.');
  }
  mkdirSync(dirname(outputFile), { recursive: true });
  copyFileSync(built, outputFile);
  console.log(`better-sqlite3 built for Electron ${electronVersion} (ABI ${electronAbi}): ${outputFile}`);
}

await checkHeadersReachable();
build();
verify();
