import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { RecentProject } from '../../../shared/api/recent-types';

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

  /**
   * Atomic replace through a temporary file of this process's own, so two Cairn processes (the app and
   * a CLI run) never rename each other's half-written file. Losing a race costs a recent entry, never a
   * project: a failure here is reported, not thrown.
   */
  private write(list: Stored[]): void {
    const temp = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(temp, JSON.stringify(list, null, 2));
      renameSync(temp, this.file);
    } catch (error) {
      rmSync(temp, { force: true });
      console.error(`[cairn] the recent-projects list could not be saved: ${(error as Error).message}`);
    }
  }
}
