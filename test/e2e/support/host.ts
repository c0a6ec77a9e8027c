import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Envelope } from '../../../shared/api/errors';
import type { AppStatus } from '../../../shared/api/types';
import type { RecentProject } from '../../../shared/api/recent-types';
import { REPO_ROOT } from './paths';

export interface RunningHost {
  /** The app's address; a browser gets in only after visiting `launchUrl`. */
  url: string;
  /** The address with this launch's secret, exactly as the host printed it. */
  launchUrl: string;
  /** Fresh per host: the recent-projects list starts empty (resetHost empties it again between tests). */
  userDataDir: string;
  stop(): Promise<void>;
}

const READY = /Cairn is running at (http:\/\/127\.0\.0\.1:\d+\/\?key=[\w-]+)\n/;

/** Starts the HTTP door as `npm run web` does (the bundled host, `--port 0`) and waits for its URL. */
export async function startHost(): Promise<RunningHost> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'cairn-e2e-userdata-'));
  const child = spawn(process.execPath, ['electron/host/host.mjs', '--port', '0'], {
    cwd: REPO_ROOT,
    // Cheap password hashing (see electron/core/kdf-cost.ts): the journeys sign in and sign many times.
    env: { ...process.env, CAIRN_USER_DATA: userDataDir, CAIRN_TEST_CHEAP_KDF: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const launchUrl = await waitForUrl(child);
  return {
    url: new URL('/', launchUrl).href,
    launchUrl,
    userDataDir,
    async stop() {
      await stopChild(child);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Puts a host that served another test back into the state a fresh one starts in, through the same API
 * a browser uses: what a test leaves behind is the open (or locked) project, shared by every client of the
 * core, and the recent-projects list in the user-data folder. Sign-ins end with the project; each browser
 * context brings its own session cookie. The host is checked afterwards, so a reset that missed something
 * fails the next test at its start instead of leaking into it.
 */
export async function resetHost(host: RunningHost): Promise<void> {
  const call = await apiClient(host);
  const status = await call<AppStatus>('app.status');
  if (status.project !== null || status.locked !== null) await call('project.close');
  for (const recent of await call<RecentProject[]>('recent.list')) await call('recent.forget', { path: recent.path });
  const after = await call<AppStatus>('app.status');
  const recentAfter = await call<RecentProject[]>('recent.list');
  if (after.project !== null || after.locked !== null || after.user !== null || recentAfter.length > 0) {
    throw new Error(`The host could not be reset for the next test: ${JSON.stringify({ status: after, recent: recentAfter })}`);
  }
}

/** Enters the host as a browser would (the launch address's cookie) and returns a caller for its API. */
async function apiClient(host: RunningHost): Promise<<T>(method: string, input?: unknown) => Promise<T>> {
  const entered = await fetch(host.launchUrl, { redirect: 'manual' });
  const cookie = entered.headers.get('set-cookie')?.split(';')[0];
  if (entered.status !== 303 || !cookie) throw new Error(`The host did not let the reset in: ${entered.status}`);
  return async <T>(method: string, input: unknown = {}) => {
    const answer = await fetch(new URL(`api/${method}`, host.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(input),
    });
    const envelope = (await answer.json()) as Envelope<T>;
    if (!envelope.ok) throw new Error(`Resetting the host: ${method} failed: ${envelope.error.code}: ${envelope.error.message}`);
    return envelope.value;
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The host did not start within 20 s. Output:\n${output}`));
    }, 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The host exited with code ${code} before it was ready. Output:\n${output}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
