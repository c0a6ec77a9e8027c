/**
 * Every store that holds something read from the open project registers here, once, beside its own
 * definition. Switching person or project clears them all, and a change made elsewhere (another window,
 * the CLI) refreshes what each has loaded: one list, so no store can be forgotten by one of the two.
 */
interface Clearable {
  clear(): void;
}

interface Registered {
  name: string;
  clear(): void;
  refresh(): Promise<void>;
}

const registered: Registered[] = [];

/**
 * `refresh` re-reads only what the store has loaded (a screen not visited stays unloaded); a store
 * without it is simply cleared on a switch and reloaded by its screen.
 */
export function registerProjectStore<S extends Clearable>(name: string, store: { getState(): S }, refresh?: (state: S) => Promise<unknown> | void): void {
  if (registered.some((r) => r.name === name)) throw new Error(`The ${name} store is registered twice.`);
  registered.push({
    name,
    clear: () => store.getState().clear(),
    refresh: async () => {
      await refresh?.(store.getState());
    },
  });
}

/** A new session may be another person or another project: nothing loaded for the last one may show. */
export function clearProjectStores(): void {
  for (const store of registered) store.clear();
}

/** Failures are not the person's doing and the next change retries; the screens show their own load errors. */
export function refreshProjectStores(): void {
  for (const store of registered) void store.refresh().catch(() => undefined);
}

export function registeredProjectStores(): string[] {
  return registered.map((r) => r.name);
}
