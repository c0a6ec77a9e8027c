import { spawn, type ChildProcess } from 'node:child_process';
import { enterHost, type HostAddress } from './http-client';
import { childScript } from './child-scripts';

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

/** Starts the real host (its bundled test script, see child-scripts.ts) in a child process of its own. */
export function spawnHost(rendererDir: string, userData: string, cwd: string): Promise<HostProcess> {
  // cwd is the test's folder: a relative path in a request must never create files in the repository.
  const child: ChildProcess = spawn(process.execPath, [childScript('host-process'), rendererDir], {
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
