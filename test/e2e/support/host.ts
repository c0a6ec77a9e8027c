import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './paths';

export interface RunningHost {
  /** The app's address; a browser gets in only after visiting `launchUrl`. */
  url: string;
  /** The address with this launch's secret, exactly as the host printed it. */
  launchUrl: string;
  /** Fresh per host: the recent-projects list starts empty. */
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
