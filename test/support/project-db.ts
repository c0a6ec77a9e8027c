import { openDatabase, type Db } from '../../electron/core/db/connection';
import { loadMigrations } from '../../electron/core/db/migrations';
import { openProjectFile, type OpenProject } from '../../electron/core/projects/open-project';
import { isEncryptedFile, unlockWithPassword } from '../../electron/core/projects/project-unlock';
import { DEMO_PASSWORD } from '../../electron/core/demo/demo-content';
import { MIGRATIONS_DIR } from './paths';
import { OWNER } from './team';

/** Every password a test project's owner may have: the test team's and the sample's. */
const TEST_PASSWORDS = [OWNER.password, DEMO_PASSWORD];

/** The project key of a test project (null for a plain one), from the test team's passwords or `password`. */
export function testProjectKey(path: string, password?: string): Buffer | null {
  if (!isEncryptedFile(path)) return null;
  for (const candidate of password === undefined ? TEST_PASSWORDS : [password, ...TEST_PASSWORDS]) {
    try {
      return unlockWithPassword(path, candidate).key;
    } catch {
      // Not this one; the next candidate may be.
    }
  }
  throw new Error(`${path} does not open with any test password`);
}

/**
 * A direct connection to a test project's database, for seeding or inspecting rows as an attacker with
 * `sqlite3` and the key would. Goes through the core's one connection function; closing it seals the file.
 */
export function openProjectDb(path: string, password?: string): Db {
  return openDatabase(path, testProjectKey(path, password));
}

/** Project keys already found, by path: a test reads the same file many times and its key never changes. */
const knownKeys = new Map<string, Buffer>();

/**
 * A read-only connection to a test project, for checking what a call left behind: it never checkpoints or
 * seals, so looking does not change the file. The key is remembered per path (tried first, found again if
 * the file was re-keyed).
 */
export function openProjectReader(path: string): Db {
  const known = knownKeys.get(path);
  if (known) {
    try {
      return openDatabase(path, known, { readonly: true });
    } catch {
      knownKeys.delete(path);
    }
  }
  const key = testProjectKey(path);
  if (key) knownKeys.set(path, key);
  return openDatabase(path, key, { readonly: true });
}

/** The core's handle on a test project (repositories included), unlocked like openProjectDb. */
export function openTestProject(path: string, password?: string, now = () => new Date().toISOString()): OpenProject {
  return openProjectFile(path, loadMigrations(MIGRATIONS_DIR), now, testProjectKey(path, password));
}
