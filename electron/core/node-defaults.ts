import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from '../../package.json' with { type: 'json' };
import type { CoreConfig } from './context';

/** The version every door reports and stamps into new project files. */
export const APP_VERSION: string = pkg.version;

/** The repository root when the core runs from source (host and CLI under tsx). */
export const SOURCE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The same folder Electron's app.getPath('userData') gives for "Cairn", so the desktop app, the browser
 * host and the CLI share one recent-projects list. CAIRN_USER_DATA overrides it (tests use that).
 */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.CAIRN_USER_DATA) return env.CAIRN_USER_DATA;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Cairn');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Cairn');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Cairn');
}

/** Configuration for a core running from source. */
export function sourceCoreConfig(env: NodeJS.ProcessEnv = process.env): CoreConfig {
  return { appVersion: APP_VERSION, migrationsDir: join(SOURCE_ROOT, 'migrations'), userDataDir: defaultUserDataDir(env) };
}
