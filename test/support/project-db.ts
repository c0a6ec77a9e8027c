import { openDatabase, type Db } from '../../electron/core/db/connection';
import { isEncryptedFile, unlockWithPassword } from '../../electron/core/projects/project-unlock';
import { DEMO_PASSWORD } from '../../electron/core/demo/demo-content';
import { OWNER } from './team';

/** Every password a test project's owner may have: the test team's and the sample's. */
const TEST_PASSWORDS = [OWNER.password, DEMO_PASSWORD];

/**
 * A direct connection to a test project's database, for seeding or inspecting rows as an attacker with
 * `sqlite3` would (or as a tool with the key). Goes through the core's one connection function; an
 * encrypted file is unlocked with the test team's passwords, and closing the connection seals it.
 */
export function openProjectDb(path: string): Db {
  if (!isEncryptedFile(path)) return openDatabase(path, null);
  for (const password of TEST_PASSWORDS) {
    let key: Buffer;
    try {
      key = unlockWithPassword(path, password);
    } catch {
      continue;
    }
    return openDatabase(path, key);
  }
  throw new Error(`${path} does not open with any test password`);
}
