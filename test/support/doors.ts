import type { Envelope } from '../../shared/api/errors';
import { EXIT, exitCodeFor } from '../../electron/cli/exit-codes';
import { APP_VERSION } from '../../electron/core/node-defaults';
import { asEnvelope } from './api-envelope';
import { runCli } from './cli';
import { startHost } from './host';
import { postApi } from './http-client';
import { createTestCore, fixedClock } from './test-core';

/** One call as the CLI's `api` command makes it: optionally open the door's project and sign in first. */
export interface DoorCall {
  method: string;
  input: unknown;
  /** Open the door's project file before the call (the CLI's `api <file>`; `-` otherwise). */
  file: boolean;
  as?: { email: string; password: string };
}

export interface Door {
  name: string;
  run(call: DoorCall): Promise<Envelope<unknown>>;
  close(): Promise<void>;
}

/**
 * Every door runs a call the way the CLI must: a fresh session that opens the file, signs in, calls
 * and closes (which signs out). Doing the same in the other doors makes their audit trails comparable.
 */
async function inSession(call: DoorCall, file: string, send: (method: string, input: unknown) => Promise<Envelope<unknown>>) {
  if (call.file) {
    const opened = await send('project.open', { path: file });
    if (!opened.ok) return opened;
    if (call.as) {
      const signedIn = await send('session.signIn', call.as);
      if (!signedIn.ok) return signedIn;
    }
  }
  return send(call.method, call.input);
}

/** The core in-process, as the Electron IPC door relays to it: a new core per call, like a CLI process. */
export function coreDoor(file: string, userDataDir: string): Door {
  const clock = fixedClock();
  return {
    name: 'core',
    async run(call) {
      const core = createTestCore({ userDataDir, clock, appVersion: APP_VERSION });
      try {
        return await inSession(call, file, (method, input) => core.call(method, input));
      } finally {
        await core.close();
      }
    },
    close: async () => undefined,
  };
}

/** The HTTP host in-process over one long-lived core, closing the project after each call. */
export async function httpDoor(file: string, userDataDir: string, rendererDir: string): Promise<Door> {
  const core = createTestCore({ userDataDir, appVersion: APP_VERSION });
  const host = await startHost(core, rendererDir);
  const send = async (method: string, input: unknown) => {
    const answer = await postApi(host, method, input);
    return asEnvelope(answer.json ?? answer.text);
  };
  return {
    name: 'http',
    async run(call) {
      try {
        return await inSession(call, file, send);
      } finally {
        const status = await send('app.status', {});
        // A project left open, or an encrypted one left locked, is closed so the next call starts afresh.
        const { project, locked } = status.ok ? (status.value as { project: unknown; locked: unknown }) : { project: null, locked: null };
        if (project || locked) await send('project.close', {});
      }
    },
    async close() {
      await host.close();
      await core.close();
    },
  };
}

/** The CLI's generic `api` command, one process per call. */
export function cliDoor(file: string, userData: string, cwd: string): Door {
  return {
    name: 'cli',
    async run(call) {
      const args = ['api', call.file ? file : '-', call.method, JSON.stringify(call.input)];
      if (call.as) args.push('--user', call.as.email);
      const result = await runCli(args, { userData, cwd, ...(call.as ? { password: call.as.password } : {}) });
      const envelope = asEnvelope(JSON.parse(result.stdout));
      const expected = envelope.ok ? EXIT.ok : exitCodeFor(envelope.error.code);
      if (result.code !== expected) throw new Error(`cairn ${args.join(' ')} exited ${result.code}, expected ${expected}`);
      return envelope;
    },
    close: async () => undefined,
  };
}
