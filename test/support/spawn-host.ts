import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { enterHost, type HostAddress } from './http-client';
import { REPO_ROOT } from './paths';

/** `url` and `cookie` are those of one client already let in through the launch address. */
export interface HostProcess extends HostAddress {
  /** The address with the launch secret, as the host printed it. */
  launchUrl: string;
  /** True while the host process has not exited. */
  alive(): boolean;
  /** What the host wrote to stderr so far (a crash's stack trace lands here). */
  stderr(): string;
  stop(): Promise<void>;
}

const SCRIPT = join(REPO_ROOT, 'test', 'support', 'host-process.ts');
/** tsx's loader by absolute URL, so the host can run with its working directory in a temp folder. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * Starts the real host in a child process. `node --import tsx` rather than the tsx binary: the binary
 * runs the script in a grandchild, so signals and exit status would belong to the wrong process.
 */
export function spawnHost(rendererDir: string, userData: string, cwd: string): Promise<HostProcess> {
  // cwd is the test's folder: a relative path in a request must never create files in the repository.
  const child: ChildProcess = spawn(process.execPath, ['--import', TSX, SCRIPT, rendererDir], {
    cwd,
    env: { ...process.env, CAIRN_USER_DATA: userData },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let exited = false;
  let errors = '';
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  return new Promise((resolve, reject) => {
    let out = '';
    let launchUrl: string | null = null;
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /^listening (\S+)$/m.exec(out);
      if (!match?.[1] || launchUrl !== null) return;
      launchUrl = match[1];
      const host = {
        launchUrl,
        alive: () => !exited,
        stderr: () => errors,
        stop: async () => {
          if (!exited) child.kill('SIGTERM');
          await exit;
        },
      };
      enterHost(launchUrl).then((client) => resolve({ ...client, ...host }), reject);
    });
    void exit.then(() => reject(new Error(`the host process exited before listening: ${errors}`)));
  });
}
