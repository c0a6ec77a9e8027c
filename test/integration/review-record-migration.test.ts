import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../electron/core/db/connection';
import { applyMigrations, loadMigrations, pendingMigrations } from '../../electron/core/db/migrations';

// 0016 rebuilds review_record to let it hold unit verification. A project recorded under 0006–0015 must
// come out with every review, its id and human ID, and a counter that still never reuses a REV number.

const NOW = () => '2026-01-02T03:04:05.000Z';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cairn-0016-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 0016 (unit verification)', () => {
  it('keeps every review row, its id and the sequence value, and adds the unit verification columns', () => {
    const all = loadMigrations('migrations');
    const at = all.findIndex((m) => m.id === '0016_unit_verification');
    expect(at).toBeGreaterThan(0);
    const db = createDatabase(join(dir, 'old.cairn'), null);
    applyMigrations(db, pendingMigrations(db, all.slice(0, at)), NOW);
    db.prepare("INSERT INTO user (id, name, email, role, password_hash, created_at) VALUES (1, 'Rita', 'rita@example.com', 'reviewer', 'x', ?)").run(NOW());
    const insert = db.prepare(
      "INSERT INTO review_record (human_id, kind, scope, answers_json, result, findings, reviewer_id, reviewer_name, recorded_at) VALUES (?, ?, 'scope', '[]', ?, ?, 1, 'Rita', ?)",
    );
    insert.run('REV-1', 'requirements', 'passed', '', NOW());
    insert.run('REV-2', 'architecture', 'passed-with-obligations', 'Add timing.', NOW());
    insert.run('REV-3', 'detailed-design', 'failed', 'Units missing.', NOW());
    // A counter past the highest row, as a rolled-back or removed record leaves it.
    db.prepare("UPDATE sqlite_sequence SET seq = 7 WHERE name = 'review_record'").run();
    const before = db.prepare('SELECT id, human_id, kind, scope, answers_json, result, findings, reviewer_id, reviewer_name, recorded_at FROM review_record ORDER BY id').all();

    applyMigrations(db, all.slice(at, at + 1), NOW);

    const after = db.prepare('SELECT id, human_id, kind, scope, answers_json, result, findings, reviewer_id, reviewer_name, recorded_at FROM review_record ORDER BY id').all();
    expect(after).toEqual(before);
    expect(db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'review_record'").pluck().all()).toEqual([7]);
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_sequence WHERE name LIKE 'review_record%'").pluck().get()).toBe(1);
    expect(db.prepare('SELECT unit_id, unit_class, change_ref, checks_json, anomalies_json FROM review_record WHERE id = 1').get()).toEqual({
      unit_id: null,
      unit_class: null,
      change_ref: '',
      checks_json: '[]',
      anomalies_json: '[]',
    });
    // The new kind is accepted only with its unit, class and revision.
    db.prepare("INSERT INTO software_item (id, human_id, kind, name, created_at) VALUES (1, 'SYS-001', 'system', 'S', ?)").run(NOW());
    db.prepare("INSERT INTO software_item (id, human_id, parent_id, kind, name, created_at) VALUES (2, 'ITEM-002', 1, 'item', 'I', ?)").run(NOW());
    const unitRow = db.prepare(
      "INSERT INTO review_record (human_id, kind, answers_json, result, reviewer_id, reviewer_name, recorded_at, unit_id, unit_class, change_ref) VALUES ('REV-8', 'unit-verification', '[]', 'passed', 1, 'Rita', ?, ?, ?, ?)",
    );
    expect(() => unitRow.run(NOW(), null, 'C', 'abc')).toThrow(/CHECK/);
    expect(() => unitRow.run(NOW(), 2, 'C', '')).toThrow(/CHECK/);
    expect(Number(unitRow.run(NOW(), 2, 'C', 'abc123').lastInsertRowid)).toBe(8);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'review_record' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all()).toEqual([
      'review_record_kind',
      'review_record_reviewer',
      'review_record_unit',
    ]);
    db.close();
  });
});
