import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../electron/core/db/connection';
import { applyMigrations, loadMigrations, pendingMigrations } from '../../electron/core/db/migrations';

// The relations migration moves 0019's requirement_relation rows into trace_link (rebuilt to key relations
// by name too): every link keeps its id, suspect state and review; every relation becomes a link with its
// kind and name; nothing else is left behind.

const NOW = () => '2026-01-02T03:04:05.000Z';
const MIGRATION = /_relations_as_trace_links$/;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cairn-relations-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migration: requirement relations become trace links', () => {
  it('keeps every link, moves every relation with its kind and name, and drops requirement_relation', () => {
    const all = loadMigrations('migrations');
    const at = all.findIndex((m) => MIGRATION.test(m.id));
    expect(at).toBeGreaterThan(0);
    const db = createDatabase(join(dir, 'old.cairn'), null);
    applyMigrations(db, pendingMigrations(db, all.slice(0, at)), NOW);
    db.prepare("INSERT INTO user (id, name, email, role, password_hash, created_at) VALUES (1, 'Ada', 'ada@example.com', 'owner', 'x', ?)").run(NOW());
    const requirement = db.prepare("INSERT INTO requirement (id, human_id, title, text, type, created_at, updated_at) VALUES (?, ?, '', 'Text', 'functional', ?, ?)");
    for (const id of [1, 2, 3]) requirement.run(id, `REQ-${id}`, NOW(), NOW());
    db.prepare("INSERT INTO software_item (id, human_id, kind, name, created_at) VALUES (1, 'SYS-001', 'system', 'S', ?)").run(NOW());
    db.prepare(
      "INSERT INTO trace_link (id, from_type, from_id, to_type, to_id, created_at, created_by, suspect, suspect_reason, suspect_since) VALUES (5, 'requirement', 1, 'software_item', 1, ?, 1, 1, 'REQ-1 changed', ?)",
    ).run(NOW(), NOW());
    const relation = db.prepare('INSERT INTO requirement_relation (from_id, to_id, kind, name, created_at, created_by) VALUES (?, ?, ?, ?, ?, 1)');
    relation.run(2, 1, 'parent', 'Parent', NOW());
    relation.run(3, 1, 'refines', 'Refine', NOW());
    relation.run(3, 1, 'related', 'DOORS Links', NOW());

    applyMigrations(db, all.slice(at, at + 1), NOW);

    const links = db.prepare('SELECT id, from_type, from_id, to_type, to_id, relation, relation_name, suspect, suspect_reason FROM trace_link ORDER BY id').all();
    expect(links).toEqual([
      { id: 5, from_type: 'requirement', from_id: 1, to_type: 'software_item', to_id: 1, relation: '', relation_name: '', suspect: 1, suspect_reason: 'REQ-1 changed' },
      { id: 6, from_type: 'requirement', from_id: 2, to_type: 'requirement', to_id: 1, relation: 'parent', relation_name: 'Parent', suspect: 0, suspect_reason: '' },
      { id: 7, from_type: 'requirement', from_id: 3, to_type: 'requirement', to_id: 1, relation: 'refines', relation_name: 'Refine', suspect: 0, suspect_reason: '' },
      { id: 8, from_type: 'requirement', from_id: 3, to_type: 'requirement', to_id: 1, relation: 'related', relation_name: 'DOORS Links', suspect: 0, suspect_reason: '' },
    ]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'requirement_relation'").get()).toBeUndefined();
    // A relation joins two requirements; a link between other records carries none.
    const link = db.prepare('INSERT INTO trace_link (from_type, from_id, to_type, to_id, relation, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, 1)');
    expect(() => link.run('requirement', 2, 'software_item', 1, 'parent', NOW())).toThrow(/CHECK/);
    expect(() => link.run('requirement', 2, 'requirement', 3, '', NOW())).toThrow(/CHECK/);
    expect(db.prepare('SELECT text_xhtml FROM requirement WHERE id = 1').pluck().get()).toBe('');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'trace_link' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all()).toEqual([
      'trace_link_created_by',
      'trace_link_reviewed_by',
      'trace_link_suspect',
      'trace_link_to',
    ]);
    db.close();
  });
});
