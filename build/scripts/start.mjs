// `npm start`: the desktop app when an Electron binary is present, otherwise the same app in the browser
// through the HTTP host (DESIGN.md: "npm start falls back to it when no Electron binary is available").
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(join(root, 'package.json'));

/** The JavaScript file behind a package's command, run with this Node so no shell or .cmd is involved. */
function binOf(pkg, command) {
  const manifestPath = require.resolve(`${pkg}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return join(dirname(manifestPath), typeof bin === 'string' ? bin : bin[command]);
}

/**
 * Where the electron package says its binary is, without `require('electron')`: that call starts a
 * download when the binary is missing, which here would only hang and fail. Same lookup as its index.js.
 */
function electronBinary() {
  const pkgDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(pkgDir, 'dist');
  const binary = join(distDir, relative);
  return existsSync(binary) ? binary : null;
}

/** Runs a build step in the foreground; true when it succeeded. */
function tryStep(args) {
  return spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status === 0;
}

function runStep(args) {
  if (!tryStep(args)) process.exit(1);
}

function buildRenderer() {
  runStep([binOf('vite', 'vite'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
}

/** Runs a child in the foreground: its output is ours, Ctrl+C and SIGTERM reach it, its exit code is ours. */
function foreground(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startDesktop(binary) {
  const nativeModule = join(root, 'out', 'native', 'electron', 'better_sqlite3.node');
  if (!existsSync(nativeModule) && !tryStep([join(root, 'build', 'scripts', 'native-for-electron.mjs')])) {
    // Electron would refuse the Node build of better-sqlite3, so the desktop app could open no project.
    startBrowser('SQLite could not be built for Electron (see above), so Cairn is opening in your browser instead:');
    return;
  }
  buildRenderer();
  runStep([join(root, 'build', 'scripts', 'bundle-electron.mjs')]);
  // ELECTRON_RUN_AS_NODE left over from a parent tool would start Node instead of the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  foreground(binary, [root], env);
}

function startBrowser(reason) {
  console.log(reason);
  buildRenderer();
  foreground(process.execPath, [join(root, 'electron', 'host', 'host.mjs'), ...process.argv.slice(2)]);
}

const binary = electronBinary();
if (binary) startDesktop(binary);
else {
  startBrowser('The Electron binary is not installed on this machine (it could not be downloaded), so Cairn is opening in your browser instead:');
}
