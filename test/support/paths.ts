import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, so helpers work whatever the current directory of the test process is. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const MIGRATIONS_DIR = join(REPO_ROOT, 'migrations');
export const CLI_ENTRY = join(REPO_ROOT, 'electron', 'cli', 'cairn.mjs');
