import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadMigrations } from '../../electron/core/db/migrations';
import { createProjectFile } from '../../electron/core/projects/open-project';
import { formatRecoveryKey } from '../../electron/core/projects/project-unlock';
import { hashPassword } from '../../electron/core/users/passwords';
import { MIGRATIONS_DIR } from './paths';
import { OWNER } from './team';

const NOW = () => '2026-01-01T09:00:00.000Z';
const recoveryKeys = new Map<string, string>();

/** A small project owned by OWNER, made directly by the core (a door scenario cannot pass results on). */
function makeProject(path: string, encrypted: boolean): Buffer | null {
  return createProjectFile(
    path,
    loadMigrations(MIGRATIONS_DIR),
    NOW,
    (project) => {
      project.project.insert({ productName: 'Fixture Pump', manufacturer: 'Fixture Devices', createdAt: NOW(), createdWith: '0.0.0-test' });
      project.users.insert({ name: OWNER.name, email: OWNER.email, role: 'owner', passwordHash: hashPassword(OWNER.password), createdAt: NOW() });
    },
    encrypted,
  );
}

/** A plain project in `dir` (made once), as an older Cairn would have left it. */
export function plainProjectIn(dir: string): string {
  const path = join(dir, 'plain.cairn');
  if (!existsSync(path)) makeProject(path, false);
  return path;
}

/** An encrypted project in `dir` (made once) and its recovery key. */
export function recoverableProjectIn(dir: string): { path: string; recoveryKey: string } {
  const path = join(dir, 'recoverable.cairn');
  if (!recoveryKeys.has(path)) {
    const key = makeProject(path, true);
    if (!key) throw new Error('an encrypted project came back without a key');
    recoveryKeys.set(path, formatRecoveryKey(key));
  }
  return { path, recoveryKey: recoveryKeys.get(path) ?? '' };
}
