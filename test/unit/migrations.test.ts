import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, openDatabase } from '../../electron/core/db/connection';
import { applyMigrations, checksumOf, loadMigrations, pendingMigrations } from '../../electron/core/db/migrations';
import { CairnError } from '../../electron/core/errors';
import { openProjectFile, preMigrationBackupPath } from '../../electron/core/projects/open-project';

const NOW = () => '2026-01-02T03:04:05.000Z';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cairn-migrations-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A migrations folder with the real 0001 plus the given extra files. */
function migrationsDir(extra: Record<string, string> = {}): string {
  const folder = join(dir, `m${Math.random().toString(36).slice(2)}`);
  const real = join('migrations', '0001_init.sql');
  const files = { '0001_init.sql': readFileSync(real, 'utf8'), ...extra };
  mkdirSync(folder);
  for (const [name, sql] of Object.entries(files)) writeFileSync(join(folder, name), sql);
  return folder;
}

function seededProject(migrations = loadMigrations(migrationsDir())): string {
  const path = join(dir, 'p.cairn');
  const db = createDatabase(path, null);
  applyMigrations(db, pendingMigrations(db, migrations), NOW);
  db.prepare("INSERT INTO project (id, product_name, manufacturer, created_at, created_with) VALUES (1, 'P', 'M', ?, '0.0.1')").run(NOW());
  db.close();
  return path;
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof CairnError ? error.code : `unexpected: ${(error as Error).message}`;
  }
  return undefined;
}

describe('loadMigrations', () => {
  it('reads files in numeric order with checksums', () => {
    const list = loadMigrations(migrationsDir({ '0002_b.sql': 'SELECT 1;', '0003_c.sql': 'SELECT 2;' }));
    expect(list.map((m) => m.id)).toEqual(['0001_init', '0002_b', '0003_c']);
    expect(list[1]?.checksum).toBe(checksumOf('SELECT 1;'));
  });

  it('refuses a gap in the numbering', () => {
    expect(() => loadMigrations(migrationsDir({ '0003_c.sql': 'SELECT 1;' }))).toThrow(/without gaps/);
  });

  it('ignores line-ending differences in checksums', () => {
    expect(checksumOf('A;\r\nB;')).toBe(checksumOf('A;\nB;'));
  });
});

describe('opening a project', () => {
  it('applies pending migrations in order, each recorded with its checksum', () => {
    const path = seededProject();
    const next = loadMigrations(migrationsDir({ '0002_notes.sql': 'CREATE TABLE note (id INTEGER PRIMARY KEY);', '0003_more.sql': 'ALTER TABLE note ADD COLUMN body TEXT;' }));
    openProjectFile(path, next, NOW).close();
    const db = new Database(path);
    const rows = db.prepare('SELECT id, checksum FROM schema_migrations ORDER BY id').all();
    expect(rows).toEqual(next.map((m) => ({ id: m.id, checksum: m.checksum })));
    expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'note'").pluck().get()).toMatch(/body TEXT/);
    db.close();
  });

  it('copies the file aside before migrating, and the copy is the old schema', () => {
    const path = seededProject();
    const next = loadMigrations(migrationsDir({ '0002_notes.sql': 'CREATE TABLE note (id INTEGER PRIMARY KEY);' }));
    openProjectFile(path, next, NOW).close();
    const backup = preMigrationBackupPath(path, next[1]!);
    expect(existsSync(backup)).toBe(true);
    const old = new Database(backup, { readonly: true });
    expect(old.prepare('SELECT id FROM schema_migrations').pluck().all()).toEqual(['0001_init']);
    expect(old.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'note'").pluck().get()).toBe(0);
    expect(old.prepare('SELECT product_name FROM project').pluck().get()).toBe('P');
    old.close();
  });

  it('takes no copy when nothing is pending', () => {
    const path = seededProject();
    openProjectFile(path, loadMigrations(migrationsDir()), NOW).close();
    expect(existsSync(`${path}.before-0001_init.bak`)).toBe(false);
  });

  it('rolls a failing migration back entirely and leaves the file as it was', () => {
    const path = seededProject();
    const broken = loadMigrations(migrationsDir({ '0002_bad.sql': 'CREATE TABLE half (id INTEGER); INSERT INTO nowhere VALUES (1);' }));
    expect(codeOf(() => openProjectFile(path, broken, NOW))).toBe('migration_failed');
    const db = new Database(path);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(1);
    db.close();
  });

  it('refuses a file made by a newer Cairn', () => {
    const newer = loadMigrations(migrationsDir({ '0002_future.sql': 'CREATE TABLE future (id INTEGER);' }));
    const path = seededProject(newer);
    const before = readFileSync(path);
    expect(codeOf(() => openProjectFile(path, loadMigrations(migrationsDir()), NOW))).toBe('project_newer_than_app');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a file whose applied migration was edited since', () => {
    const path = seededProject();
    const edited = loadMigrations(migrationsDir()).map((m) => ({ ...m, checksum: checksumOf(`${m.sql}\n-- edited`) }));
    expect(codeOf(() => openProjectFile(path, edited, NOW))).toBe('migration_edited');
  });

  it('refuses files that are not Cairn projects', () => {
    const text = join(dir, 'notes.cairn');
    writeFileSync(text, 'just some text that is long enough');
    expect(codeOf(() => openDatabase(text))).toBe('not_a_project');
    const other = join(dir, 'other.cairn');
    new Database(other).exec('CREATE TABLE t (x)');
    expect(codeOf(() => openDatabase(other))).toBe('not_a_project');
    expect(codeOf(() => openDatabase(join(dir, 'missing.cairn')))).toBe('file_not_found');
  });

  it('opens a copy of a project moved to another folder', () => {
    const path = seededProject();
    const moved = join(dir, 'moved.cairn');
    copyFileSync(path, moved);
    const project = openProjectFile(moved, loadMigrations(migrationsDir()), NOW);
    expect(project.project.get()).toMatchObject({ path: moved, productName: 'P' });
    project.close();
  });
});
