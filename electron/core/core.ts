import { EventEmitter } from 'node:events';
import type { InputOf, MethodName } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/errors';
import { RecentProjects } from './app-state/recent-projects';
import { ClientSessions } from './client-sessions';
import type { CoreConfig } from './context';
import { loadMigrations } from './db/migrations';
import { Dispatcher, type CoreEvent } from './dispatcher';
import { startDraftsForDrift } from './documents/drift';
import { handlers } from './handlers';
import { JobRegistry } from './jobs';

export type { CoreEvent } from './dispatcher';

/** The one core behind every door: call methods by name, listen to events, close on exit. */
export interface Core {
  /** `client` keeps sign-ins apart when several clients share this core (the HTTP host's browsers). */
  call(method: string, input: unknown, client?: string): Promise<Envelope<unknown>>;
  /** Typed convenience for Node-side callers (CLI, tests). */
  invoke<M extends MethodName>(method: M, input: InputOf<M>): Promise<Envelope<unknown>>;
  onEvent(listener: (event: CoreEvent) => void): () => void;
  /** Ends one client's sign-in when its browser session ends; the others stay signed in. */
  forgetClient(client: string): void;
  close(): Promise<void>;
}

export function createCore(config: CoreConfig): Core {
  const events = new EventEmitter();
  const sessions = new ClientSessions();
  const dispatcher = new Dispatcher({
    config,
    migrations: loadMigrations(config.migrationsDir),
    recent: new RecentProjects(config.userDataDir),
    sessions,
    handlers,
    jobs: new JobRegistry(),
    afterMutation: startDraftsForDrift,
    emit: (event) => events.emit('event', event),
  });
  return {
    call: (method, input, client) => dispatcher.call(method, input, client),
    invoke: (method, input) => dispatcher.call(method, input),
    onEvent(listener) {
      events.on('event', listener);
      return () => events.off('event', listener);
    },
    forgetClient: (client) => sessions.forget(client),
    async close() {
      if (sessions.project || sessions.locked) await dispatcher.call('project.close', {});
    },
  };
}
