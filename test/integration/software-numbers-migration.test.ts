import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../electron/core/db/connection';
import { applyMigrations, loadMigrations, pendingMigrations } from '../../electron/core/db/migrations';
import { SoftwareRepo } from '../../electron/core/software/software-repo';

// Software numbers per kind (issue 17): a new project counts systems, items and units each from 1; an
// existing one keeps every ID and never hands out a number the shared counter already gave.

const NOW = () => '2026-01-02T03:04:05.000Z';
const MIGRATION = /_software_numbers_per_kind$/;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cairn-software-numbers-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const node = (kind: 'system' | 'item' | 'unit', parentId: number | null, name: string) => ({ kind, parentId, name, description: '', createdAt: NOW() });

describe('migration: software numbers per kind', () => {
  it('keeps an existing project’s IDs and continues past every number it ever gave', () => {
    const all = loadMigrations('migrations');
    const at = all.findIndex((m) => MIGRATION.test(m.id));
    expect(at).toBeGreaterThan(0);
    const db = createDatabase(join(dir, 'old.cairn'), null);
    applyMigrations(db, pendingMigrations(db, all.slice(0, at)), NOW);
    const insert = db.prepare('INSERT INTO software_item (id, human_id, parent_id, kind, name, created_at) VALUES (?, ?, ?, ?, ?, ?)');
    insert.run(1, 'SYS-001', null, 'system', 'App', NOW());
    insert.run(2, 'ITEM-002', 1, 'item', 'Engine', NOW());
    insert.run(3, 'UNIT-003', 2, 'unit', 'Formula', NOW());
    insert.run(4, 'ITEM-004', 1, 'item', 'Removed later', NOW());
    db.prepare('DELETE FROM software_item WHERE id = 4').run();

    applyMigrations(db, all.slice(at, at + 1), NOW);

    expect(db.prepare('SELECT human_id FROM software_item ORDER BY id').pluck().all()).toEqual(['SYS-001', 'ITEM-002', 'UNIT-003']);
    const repo = new SoftwareRepo(db);
    // ITEM-004 was given once and removed: it does not come back, nor does any lower number.
    expect(repo.insert(node('item', 1, 'New item')).humanId).toBe('ITEM-005');
    expect(repo.insert(node('unit', 2, 'New unit')).humanId).toBe('UNIT-005');
    expect(repo.insert(node('system', null, 'Portal')).humanId).toBe('SYS-005');
    db.close();
  });

  it('counts each kind from 1 in a new project, never reusing a removed node’s number', () => {
    const db = createDatabase(join(dir, 'new.cairn'), null);
    applyMigrations(db, pendingMigrations(db, loadMigrations('migrations')), NOW);
    const repo = new SoftwareRepo(db);
    const system = repo.insert(node('system', null, 'App'));
    const first = repo.insert(node('item', system.id, 'Engine'));
    const unit = repo.insert(node('unit', first.id, 'Formula'));
    const spare = repo.insert(node('item', system.id, 'Spare'));
    expect([system.humanId, first.humanId, unit.humanId, spare.humanId]).toEqual(['SYS-001', 'ITEM-001', 'UNIT-001', 'ITEM-002']);
    repo.remove(spare.id);
    expect(repo.insert(node('item', system.id, 'Another')).humanId).toBe('ITEM-003');
    db.close();
  });
});
