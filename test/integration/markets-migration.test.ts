import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../electron/core/db/connection';
import { applyMigrations, loadMigrations, pendingMigrations } from '../../electron/core/db/migrations';

// The markets migration (issue 17): the product profile's choice and the QMS company profile's markets
// become one list on the product profile, the union of both, and neither old column remains.

const NOW = () => '2026-01-02T03:04:05.000Z';
const MIGRATION = /_markets_asked_once$/;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cairn-markets-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A project at the schema before the migration, with both profiles' answers, then migrated. */
function migrated(productMarkets: string, companyMarkets: string[]): unknown {
  const all = loadMigrations('migrations');
  const at = all.findIndex((m) => MIGRATION.test(m.id));
  expect(at).toBeGreaterThan(0);
  const db = createDatabase(join(dir, `${productMarkets || 'none'}-${companyMarkets.join('')}.cairn`), null);
  try {
    applyMigrations(db, pendingMigrations(db, all.slice(0, at)), NOW);
    db.prepare('UPDATE product_profile SET markets = ?').run(productMarkets);
    db.prepare('UPDATE qms_company SET markets_json = ?').run(JSON.stringify(companyMarkets));
    applyMigrations(db, all.slice(at, at + 1), NOW);
    const columns = (table: string) => (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
    expect(columns('product_profile')).not.toContain('markets');
    expect(columns('qms_company')).not.toContain('markets_json');
    return JSON.parse(db.prepare('SELECT markets_json FROM product_profile').pluck().get() as string);
  } finally {
    db.close();
  }
}

describe('migration: markets are asked once', () => {
  it('gives the product every market either profile named, once each, in one order', () => {
    // Disagreeing: the product said EU only, the company profile the US and Switzerland.
    expect(migrated('eu', ['ch', 'us'])).toEqual(['eu', 'us', 'ch']);
    // Agreeing, and the markets only the company profile could name (UK, Canada) kept.
    expect(migrated('eu-us', ['eu', 'us', 'uk', 'ca'])).toEqual(['eu', 'us', 'uk', 'ca']);
    expect(migrated('us', [])).toEqual(['us']);
    expect(migrated('', ['eu'])).toEqual(['eu']);
    expect(migrated('', [])).toEqual([]);
  });
});
