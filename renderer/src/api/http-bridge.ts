import type { CairnBridge, PushedEvent } from '../../../shared/api/bridge';
import type { Envelope } from '../../../shared/api/errors';

/** The browser's implementation of the desktop bridge: POST /api/<method> and server-sent events. */
export function createHttpBridge(): CairnBridge {
  return {
    native: false,
    async invoke(method, input) {
      try {
        const response = await fetch(`./api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
        return (await response.json()) as Envelope<unknown>;
      } catch (error) {
        return { ok: false, error: { code: 'internal', message: `Cairn's host did not answer: ${(error as Error).message}` } };
      }
    },
    onEvent(listener) {
      const source = new EventSource('./api/events');
      const forward = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as PushedEvent);
      source.addEventListener('project.changed', forward);
      source.addEventListener('job.progressed', forward);
      return () => source.close();
    },
    chooseProjectFile: () => Promise.resolve(null),
    onMenu: () => () => undefined,
  };
}
