import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const STORES = join(__dirname, '../../renderer/src/stores');

/** Stores that hold the app's own state, not the open project's: they live across sessions. */
const NOT_PROJECT_DATA = ['documents-export', 'jobs', 'nav', 'recent', 'session', 'unsaved'];

const areas = readdirSync(STORES)
  .filter((f) => f.endsWith('-store.ts'))
  .map((f) => f.slice(0, -'-store.ts'.length));

type Registry = typeof import('../../renderer/src/stores/project-stores');
let registry: Registry;

beforeAll(async () => {
  // The renderer's API client picks its bridge at load; these tests call nothing, so an empty one will do.
  Object.assign(globalThis, { window: { cairn: {} } });
  for (const area of areas) await import(join(STORES, `${area}-store.ts`));
  registry = await import('../../renderer/src/stores/project-stores');
});

describe('the project stores', () => {
  it('registers every store that holds project data, so a switch clears it and a change refreshes it', () => {
    expect(registry.registeredProjectStores().sort()).toEqual(areas.filter((a) => !NOT_PROJECT_DATA.includes(a)).sort());
  });

  it('clears what one project loaded before the next one shows (the regulatory assessments were once left behind)', async () => {
    const { useRegulatoryStore } = await import('../../renderer/src/stores/regulatory-store');
    useRegulatoryStore.setState({ assessments: { mdr: [], fda: [] } as never });
    registry.clearProjectStores();
    expect(useRegulatoryStore.getState().assessments).toBeNull();
  });
});
