import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/errors';
import { SCENARIOS, SETUP, UNKNOWN_METHOD, type DoorPlace, type Step } from '../support/door-scenarios';
import { cliDoor, coreDoor, httpDoor, type Door } from '../support/doors';
import { normalise } from '../support/normalise';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

// The same scripted calls through the core in-process (what Electron's IPC door relays to), the HTTP
// host and the CLI's `api` command, each on its own fresh project: the answers must be equal.

const root = makeTempDir('doors');
const ALL_DOORS = ['core', 'http', 'cli'] as const;
type DoorName = (typeof ALL_DOORS)[number];
// CAIRN_DOORS=core,http leaves the slow CLI door out while working on scenarios; CI always runs all three.
const DOORS = ALL_DOORS.filter((d) => d === 'core' || !process.env.CAIRN_DOORS || process.env.CAIRN_DOORS.split(',').includes(d));

interface Outcome {
  step: Step;
  result: unknown;
}
/** Normalised results per door, keyed by the method each step belongs to ('setup' and 'unknown' too). */
const outcomes = new Map<DoorName, Map<string, Outcome[]>>();

function placeOf(name: DoorName): DoorPlace {
  const dir = join(root, name);
  mkdirSync(join(dir, 'renderer'), { recursive: true });
  return { dir, project: join(dir, 'project.cairn') };
}

async function openDoor(name: DoorName, place: DoorPlace): Promise<Door> {
  const userData = join(place.dir, 'user-data');
  if (name === 'core') return coreDoor(place.project, userData);
  if (name === 'http') return httpDoor(place.project, userData, join(place.dir, 'renderer'));
  return cliDoor(place.project, userData, place.dir);
}

/** The whole script, in order: setup, each method's scenario in contract order, an unknown method. */
function script(): [string, Step][] {
  const covered = (Object.keys(contract) as MethodName[]).flatMap((m) => (SCENARIOS[m] ?? []).map((s): [string, Step] => [m, s]));
  return [...SETUP.map((s): [string, Step] => ['setup', s]), ...covered, ['unknown', UNKNOWN_METHOD]];
}

async function runDoor(name: DoorName): Promise<void> {
  const place = placeOf(name);
  const door = await openDoor(name, place);
  const byKey = new Map<string, Outcome[]>();
  try {
    for (const [key, step] of script()) {
      const input = typeof step.input === 'function' ? (step.input as (p: DoorPlace) => unknown)(place) : step.input;
      const result: Envelope<unknown> = await door.run({ method: step.method, file: step.file, input, ...(step.as ? { as: step.as } : {}) });
      byKey.set(key, [...(byKey.get(key) ?? []), { step, result: normalise(result, place.dir) }]);
    }
  } finally {
    await door.close();
  }
  outcomes.set(name, byKey);
}

beforeAll(async () => {
  // The doors run side by side: each has its own folder, project and user-data. The CLI door starts a
  // process per step (one to three seconds each on a loaded 2-core machine, some 350 steps by now), so the
  // bound grows with the contract; CI's 90 minutes leave room for it.
  await Promise.all(DOORS.map(runDoor));
}, 1_800_000);
afterAll(() => removeTempDir(root));

function results(door: DoorName, key: string): unknown[] {
  return (outcomes.get(door)?.get(key) ?? []).map((o) => o.result);
}

describe('the same calls through every door', () => {
  it.for(['setup', ...Object.keys(contract), 'unknown'])('%s', (key) => {
    const steps = outcomes.get('core')?.get(key) ?? [];
    expect(steps.length, `no scenario for ${key}: add one to test/support/door-scenarios.ts`).toBeGreaterThan(0);
    // Each step did what the scenario meant, so the comparison is not between equal failures.
    for (const { step, result } of steps) {
      expect((result as { ok: boolean }).ok, `${step.method} ${JSON.stringify(result).slice(0, 300)}`).toBe(step.expectOk);
    }
    if (key !== 'unknown')
      expect(
        steps.some((s) => s.step.expectOk),
        `${key} has no successful step`,
      ).toBe(true);
    for (const door of DOORS) expect(results(door, key), door).toEqual(results('core', key));
  });
});
