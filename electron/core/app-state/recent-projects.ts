import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { RecentProject } from '../../../shared/api/types';

const MAX_RECENT = 12;

type Stored = Omit<RecentProject, 'exists'>;

function isStored(value: unknown): value is Stored {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.path === 'string' && typeof v.productName === 'string' && typeof v.openedAt === 'string';
}

/**
 * The recent-projects list lives in the user-data folder, apart from project files. A damaged list is
 * treated as empty rather than blocking start-up: it is a convenience, not a record.
 */
export class RecentProjects {
  private readonly file: string;

  constructor(userDataDir: string) {
    this.file = join(userDataDir, 'recent-projects.json');
  }

  list(): RecentProject[] {
    return this.read().map((r) => ({ ...r, exists: existsSync(r.path) }));
  }

  remember(path: string, productName: string, openedAt: string): void {
    const absolute = resolve(path);
    const others = this.read().filter((r) => r.path !== absolute);
    this.write([{ path: absolute, productName, openedAt }, ...others].slice(0, MAX_RECENT));
  }

  forget(path: string): void {
    const absolute = resolve(path);
    this.write(this.read().filter((r) => r.path !== absolute));
  }

  private read(): Stored[] {
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      return Array.isArray(parsed) ? parsed.filter(isStored) : [];
    } catch {
      return [];
    }
  }

  private write(list: Stored[]): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify(list, null, 2));
    renameSync(temp, this.file);
  }
}
