import { existsSync } from 'node:fs';
import type { Envelope } from '../../shared/api/errors';
import { createCore, type Core } from '../core/core';
import { useNativeBinding } from '../core/db/connection';
import { isCoreRequest, isCoreShutdown, type CoreEventMessage, type CoreReply } from './core-messages';
import { parseCoreProcessArgs } from './core-process-args';

/**
 * Entry of the utility process that hosts the core. It knows nothing of windows: it answers numbered
 * requests from main and pushes the core's events back. No `electron` import is needed here, only the
 * `process.parentPort` Electron gives a utility process.
 */
const port = process.parentPort;

function start(): { core: Core } | { failure: Envelope<unknown> } {
  try {
    const options = parseCoreProcessArgs(process.argv);
    // Without the Electron-ABI binary the node_modules build would be loaded and refused by Electron.
    if (options.nativeBinding && existsSync(options.nativeBinding)) useNativeBinding(options.nativeBinding);
    const core = createCore({
      appVersion: options.appVersion,
      migrationsDir: options.migrationsDir,
      userDataDir: options.userDataDir,
    });
    core.onEvent((event) => port.postMessage({ event } satisfies CoreEventMessage));
    return { core };
  } catch (error) {
    console.error('[cairn core] could not start:', error);
    const message = `Cairn's core could not start: ${error instanceof Error ? error.message : String(error)}`;
    return { failure: { ok: false, error: { code: 'internal', message } } };
  }
}

const started = start();
/** Calls still being answered: shutdown lets them finish so no reply is lost and no handler is cut off. */
const inFlight = new Set<Promise<unknown>>();

port.on('message', ({ data }: { data: unknown }) => {
  if (isCoreShutdown(data)) {
    void Promise.allSettled(inFlight)
      .then(() => ('core' in started ? started.core.close() : undefined))
      .finally(() => process.exit(0));
    return;
  }
  if (!isCoreRequest(data)) return;
  const answer = 'core' in started ? started.core.call(data.method, data.input) : Promise.resolve(started.failure);
  const replied = answer.then((result) => port.postMessage({ id: data.id, result } satisfies CoreReply));
  inFlight.add(replied);
  void replied.finally(() => inFlight.delete(replied));
});
