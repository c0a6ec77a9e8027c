import { createCore, type Core } from '../../electron/core/core';
import { MIGRATIONS_DIR } from './paths';

/** Version stamped into test projects: fixed, so results do not change with package.json. */
export const TEST_APP_VERSION = '0.0.0-test';

/**
 * A clock that starts at a fixed instant and moves one second per reading: deterministic, yet each
 * call gets its own time so ordering by time is still meaningful.
 */
export function fixedClock(start = '2026-01-01T09:00:00.000Z', stepMs = 1000): () => Date {
  let next = Date.parse(start);
  return () => {
    const now = new Date(next);
    next += stepMs;
    return now;
  };
}

export interface TestCoreOptions {
  /** App-level state (recent projects) goes here, never to the real user-data folder. */
  userDataDir: string;
  clock?: () => Date;
  appVersion?: string;
}

/** A core on a fixed clock (unless told otherwise) with its app-level state in a test folder. */
export function createTestCore({ userDataDir, clock = fixedClock(), appVersion = TEST_APP_VERSION }: TestCoreOptions): Core {
  return createCore({ appVersion, migrationsDir: MIGRATIONS_DIR, userDataDir, clock });
}
