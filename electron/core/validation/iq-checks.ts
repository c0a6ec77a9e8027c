import Database from 'better-sqlite3-multiple-ciphers';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { arch, platform, release } from 'node:os';
import { dirname } from 'node:path';
import { robotoFiles } from '../pdf/fonts';
import { compareWithManifest, MANIFEST_PATH, readManifest } from './install-manifest';
import { runStep, type ValidationStep } from './validation-step';

/** What the IQ looks at; the CLI passes the real installation, a test a prepared one. */
export interface IqTarget {
  appVersion: string;
  /** The installation root: package.json, out/node, migrations. */
  rootDir: string;
  userDataDir: string;
  /** process.versions of the running process (Electron's version is there only inside the app). */
  versions: NodeJS.ProcessVersions;
  platform: NodeJS.Platform;
}

/** The Node versions package.json's engines field allows: 20.11 or later 20.x, or 22 and up. */
function nodeSupported(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return (major === 20 && minor >= 11) || major >= 22;
}

const PLATFORMS: readonly NodeJS.Platform[] = ['linux', 'darwin', 'win32'];

function versionCheck(target: IqTarget): Promise<ValidationStep> {
  return runStep('IQ-01', 'Cairn version', `Cairn ${target.appVersion}, as package.json and the build manifest say.`, (step) => {
    const pkg = JSON.parse(readFileSync(`${target.rootDir}/package.json`, 'utf8')) as { version?: string };
    step.output('running', target.appVersion);
    step.output('package.json', pkg.version);
    step.expect(/^\d+\.\d+\.\d+/.test(target.appVersion), `"${target.appVersion}" is not a release version`);
    step.expect(pkg.version === target.appVersion, `package.json says ${pkg.version}, the running Cairn ${target.appVersion}`);
    const manifest = readManifest(target.rootDir);
    if (manifest) step.expect(manifest.version === target.appVersion, `the build manifest is of ${manifest.version}, the running Cairn ${target.appVersion}`);
  });
}

function checksumCheck(target: IqTarget): Promise<ValidationStep> {
  return runStep('IQ-02', 'Shipped files match the build manifest', 'Every shipped file has the SHA-256 recorded at build time.', (step) => {
    const manifest = readManifest(target.rootDir);
    step.input('manifest', MANIFEST_PATH);
    if (!manifest) {
      step.expect(false, `no build manifest at ${MANIFEST_PATH}: this installation was never bundled, so its files cannot be checked`);
      return;
    }
    step.hash('manifest', readFileSync(`${target.rootDir}/${MANIFEST_PATH}`));
    const comparison = compareWithManifest(target.rootDir, manifest);
    step.output('comparison', comparison);
    step.expect(comparison.checked > 0, 'the manifest lists no files');
    step.expect(comparison.missing.length === 0, `missing: ${comparison.missing.join(', ')}`);
    step.expect(comparison.changed.length === 0, `changed since the build: ${comparison.changed.join(', ')}`);
  });
}

function runtimeCheck(target: IqTarget): Promise<ValidationStep> {
  const { node, electron } = target.versions;
  const where = electron ? `Electron ${electron} with Node ${node}` : `Node ${node} (command line; Electron not involved)`;
  return runStep('IQ-03', 'Node and Electron versions', `${where}, a supported runtime.`, (step) => {
    step.output('versions', { node, electron: electron ?? null, v8: target.versions.v8 });
    step.expect(nodeSupported(node), `Node ${node} is not supported (needs 20.11+ or 22+)`);
  });
}

/** The SQLite library's version and whether it checks an empty database clean; null when it will not load. */
function probeSqlite(): { version: string; integrity: unknown } | { error: string } {
  try {
    const db = new Database(':memory:');
    try {
      return { version: String(db.prepare('SELECT sqlite_version()').pluck().get()), integrity: db.pragma('integrity_check', { simple: true }) };
    } finally {
      db.close();
    }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function sqliteCheck(): Promise<ValidationStep> {
  const probe = probeSqlite();
  const version = 'version' in probe ? probe.version : 'unknown';
  return runStep('IQ-04', 'SQLite engine', `SQLite ${version} loads and checks a database clean.`, (step) => {
    step.output('sqlite', probe);
    if (!step.expect(!('error' in probe), `SQLite does not load: ${'error' in probe ? probe.error : ''}`)) return;
    step.expect(/^3\.\d+/.test(version), `unexpected SQLite version "${version}"`);
    step.expect('integrity' in probe && probe.integrity === 'ok', 'integrity_check failed on an empty database');
  });
}

function platformCheck(target: IqTarget): Promise<ValidationStep> {
  const described = `${target.platform} ${arch()} (${release()})`;
  return runStep('IQ-05', 'Platform', `${described}, a platform Cairn is built for.`, (step) => {
    step.output('platform', { platform: target.platform, arch: arch(), release: release(), host: platform() });
    step.expect(PLATFORMS.includes(target.platform), `${target.platform} is not one of ${PLATFORMS.join(', ')}`);
  });
}

function fontCheck(): Promise<ValidationStep> {
  return runStep('IQ-06', 'Fonts for PDF documents', 'The four Roboto faces every PDF embeds are present and readable.', (step) => {
    for (const [face, path] of Object.entries(robotoFiles())) {
      if (!step.expect(existsSync(path), `the ${face} face is missing at ${path}`)) continue;
      step.hash(face, readFileSync(path));
    }
  });
}

/** The user-data folder must be the user's own: writable by them, not by everyone (POSIX modes). */
function userDataCheck(target: IqTarget): Promise<ValidationStep> {
  return runStep('IQ-07', 'User-data folder permissions', `${target.userDataDir} is writable by this user and not by others.`, (step) => {
    const exists = existsSync(target.userDataDir);
    // Not created yet: it will be made inside its parent, so the parent must be writable.
    const folder = exists ? target.userDataDir : dirname(target.userDataDir);
    step.input('folder', folder);
    let writable = true;
    try {
      accessSync(folder, constants.W_OK | constants.R_OK);
    } catch {
      writable = false;
    }
    step.expect(writable, `${folder} is not readable and writable by this user`);
    if (target.platform !== 'win32' && exists) {
      const mode = statSync(folder).mode & 0o777;
      step.output('mode', mode.toString(8));
      step.expect((mode & 0o002) === 0, `${folder} is writable by every user (mode ${mode.toString(8)})`);
    }
  });
}

/** The installation qualification, in report order. */
export async function runIq(target: IqTarget): Promise<ValidationStep[]> {
  return [
    await versionCheck(target),
    await checksumCheck(target),
    await runtimeCheck(target),
    await sqliteCheck(),
    await platformCheck(target),
    await fontCheck(),
    await userDataCheck(target),
  ];
}
