import { utilityProcess, type UtilityProcess } from 'electron';
import type { PushedEvent } from '../../shared/api/bridge';
import type { Envelope } from '../../shared/api/errors';
import { isCoreEventMessage, isCoreReply, type CoreRequest, type CoreShutdown } from './core-messages';

/** Main's handle on the core: the same call/event surface as `createCore`, across a process boundary. */
export interface CoreClient {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: (event: PushedEvent) => void): () => void;
  /** Lets the core close the open project cleanly, then stops it; gives up after `timeoutMs`. */
  stop(timeoutMs: number): Promise<void>;
}

export interface CoreClientOptions {
  entry: string;
  args: string[];
}

function stoppedError(detail: string): Envelope<unknown> {
  return {
    ok: false,
    error: { code: 'internal', message: `Cairn's core stopped before answering (${detail}); open the project again to continue.` },
  };
}

/**
 * Starts the core in a utility process, so synchronous SQLite work and PDF rendering never block the
 * window. If the process dies, calls waiting on it are answered with an error and the next call starts
 * a fresh one (with no project open: the renderer sees `no_project_open` and asks again).
 */
export function startCoreProcess({ entry, args }: CoreClientOptions): CoreClient {
  const pending = new Map<number, (result: Envelope<unknown>) => void>();
  const listeners = new Set<(event: PushedEvent) => void>();
  let child: UtilityProcess | null = null;
  let nextId = 1;

  const spawn = (): UtilityProcess => {
    const started = utilityProcess.fork(entry, args, { serviceName: 'Cairn Core', stdio: 'inherit' });
    started.on('message', (message: unknown) => {
      if (isCoreReply(message)) {
        pending.get(message.id)?.(message.result);
        pending.delete(message.id);
      } else if (isCoreEventMessage(message)) {
        for (const listener of listeners) listener(message.event);
      }
    });
    started.on('exit', (code) => {
      if (child === started) child = null;
      for (const answer of pending.values()) answer(stoppedError(`exit code ${code}`));
      pending.clear();
    });
    return started;
  };

  return {
    call(method, input) {
      child ??= spawn();
      const target = child;
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        target.postMessage({ id, method, input } satisfies CoreRequest);
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    stop(timeoutMs) {
      const running = child;
      if (!running) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          running.kill();
          resolve();
        }, timeoutMs);
        running.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        running.postMessage({ shutdown: true } satisfies CoreShutdown);
      });
    },
  };
}
