import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where the app finds its parts, from source (`npm start`) or from an installed package. */
export interface AppPaths {
  rendererRoot: string;
  preload: string;
  coreEntry: string;
  migrationsDir: string;
  /** The better-sqlite3 binary built for Electron's ABI; null when it has not been built. */
  nativeBinding: string | null;
}

/**
 * The bundles sit side by side in out/electron (inside app.asar when packaged), so the preload and the
 * core's entry are found next to this file. Migrations and the native module are extraResources:
 * SQL must be readable by the core and a .node file cannot be loaded from inside an asar archive.
 */
export function appPaths(): AppPaths {
  const appRoot = app.getAppPath();
  const resources = app.isPackaged ? process.resourcesPath : appRoot;
  const nativeBinding = app.isPackaged ? join(resources, 'native', 'better_sqlite3.node') : join(appRoot, 'out', 'native', 'electron', 'better_sqlite3.node');
  return {
    rendererRoot: join(appRoot, 'out', 'renderer'),
    preload: join(__dirname, 'preload.cjs'),
    coreEntry: join(__dirname, 'core-process.cjs'),
    migrationsDir: join(resources, 'migrations'),
    nativeBinding: existsSync(nativeBinding) ? nativeBinding : null,
  };
}

/**
 * The user-data folder, named as electron/core/node-defaults.ts names it, so the desktop app, the
 * browser host and the CLI share one recent-projects list. CAIRN_USER_DATA overrides it there too.
 */
export function userDataDir(): string {
  return process.env.CAIRN_USER_DATA || join(app.getPath('appData'), 'Cairn');
}
