import type { SoupRecord } from '../../../shared/api/soup-types';
import type { SoupComponent } from '../../../shared/soup/types';

/** What the SOUP table keeps of a component: where it builds for and what pulled it in are the import's concern. */
type StoredComponent = Omit<SoupComponent, 'platform' | 'optionalOf'>;
import type { RecordLabel } from '../../../shared/api/trace-types';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../db/connection';
import { statementCache } from '../db/lazy-statement';

/** A soup row as stored, booleans decoded. */
export type SoupRow = SoupRecord;

/** The fields a person edits; identity fields included, so a wrong import can be corrected. */
export type SoupEdit = Pick<
  SoupRow,
  | 'name'
  | 'version'
  | 'supplier'
  | 'licence'
  | 'website'
  | 'purpose'
  | 'functionalRequirements'
  | 'performanceRequirements'
  | 'hardwareSoftwareRequirements'
  | 'riskLevel'
  | 'anomalyReview'
  | 'anomalyReviewedAt'
  | 'anomalyReviewedVersion'
>;

const COLUMNS = `id, human_id AS humanId, name, ecosystem, version, source, supplier, licence, direct, purpose,
  functional_requirements AS functionalRequirements, performance_requirements AS performanceRequirements,
  hardware_software_requirements AS hardwareSoftwareRequirements, anomaly_review AS anomalyReview,
  anomaly_reviewed_at AS anomalyReviewedAt, anomaly_reviewed_version AS anomalyReviewedVersion, risk_level AS riskLevel,
  website, created_at AS createdAt, updated_at AS updatedAt, removed_at AS removedAt`;

type RawRow = Omit<SoupRow, 'direct'> & { direct: number };
const toRow = (raw: RawRow): SoupRow => ({ ...raw, direct: raw.direct === 1 });

export const soupHumanId = (id: number) => `SOUP-${String(id).padStart(3, '0')}`;

/** Owns the soup table. Rows are never deleted: removal stamps removed_at. Callers audit. */
export class SoupRepo {
  // Imports run these once per package; preparing each statement once keeps a 2,000-package import quick.
  private readonly stmt: (sql: string) => Statement;

  constructor(private readonly db: Db) {
    this.stmt = statementCache(db);
  }

  all(includeRemoved: boolean): SoupRow[] {
    const where = includeRemoved ? '' : 'WHERE removed_at IS NULL';
    return (this.db.prepare(`SELECT ${COLUMNS} FROM soup ${where} ORDER BY id`).all() as RawRow[]).map(toRow);
  }

  byId(id: number): SoupRow | null {
    const raw = this.db.prepare(`SELECT ${COLUMNS} FROM soup WHERE id = ?`).get(id) as RawRow | undefined;
    return raw ? toRow(raw) : null;
  }

  /** The items in use that came from one dependency file, which a re-import of it compares against. */
  liveFromSource(source: string): SoupRow[] {
    return (this.db.prepare(`SELECT ${COLUMNS} FROM soup WHERE source = ? AND removed_at IS NULL ORDER BY id`).all(source) as RawRow[]).map(toRow);
  }

  /** Inserts and names the row SOUP-n after its never-reused id. */
  /** "SOUP-7" and "react-native 0.76.3", for trace links and reports. */
  labels(ids: readonly number[]): Map<number, RecordLabel> {
    const rows = this.stmt("SELECT id, human_id AS humanId, name || ' ' || version AS title FROM soup WHERE id IN (SELECT value FROM json_each(?))").all(
      JSON.stringify(ids),
    ) as (RecordLabel & { id: number })[];
    return new Map(rows.map(({ id, ...label }) => [id, label]));
  }

  insert(c: StoredComponent, source: string, at: string): number {
    const id = ((this.stmt("SELECT seq FROM sqlite_sequence WHERE name = 'soup'").pluck().get() as number | undefined) ?? 0) + 1;
    this.stmt(
      `INSERT INTO soup (id, human_id, name, ecosystem, version, source, supplier, licence, direct, website, created_at, updated_at)
       VALUES (@id, @humanId, @name, @ecosystem, @version, @source, @supplier, @licence, @direct, @website, @at, @at)`,
    ).run({
      name: c.name,
      ecosystem: c.ecosystem,
      version: c.version,
      supplier: c.supplier,
      licence: c.licence,
      website: c.website,
      id,
      humanId: soupHumanId(id),
      source,
      direct: c.direct ? 1 : 0,
      at,
    });
    return id;
  }

  update(id: number, edit: SoupEdit, at: string): void {
    this.db
      .prepare(
        `UPDATE soup SET name = @name, version = @version, supplier = @supplier, licence = @licence, website = @website, purpose = @purpose,
           functional_requirements = @functionalRequirements, performance_requirements = @performanceRequirements,
           hardware_software_requirements = @hardwareSoftwareRequirements, risk_level = @riskLevel, anomaly_review = @anomalyReview,
           anomaly_reviewed_at = @anomalyReviewedAt, anomaly_reviewed_version = @anomalyReviewedVersion, updated_at = @at
         WHERE id = @id`,
      )
      .run({ ...edit, id, at });
  }

  /** A re-import moved the package to another version; the file's licence and direct flag come with it. */
  setVersion(id: number, c: StoredComponent, at: string): void {
    this.stmt("UPDATE soup SET version = ?, direct = ?, licence = CASE WHEN ? <> '' THEN ? ELSE licence END, updated_at = ? WHERE id = ?").run(
      c.version,
      c.direct ? 1 : 0,
      c.licence,
      c.licence,
      at,
      id,
    );
  }

  /** Facts the file states that the list may lack (direct flag, an empty licence); no person's text is touched. */
  refreshFromFile(id: number, c: StoredComponent): void {
    this.stmt("UPDATE soup SET direct = ?, licence = CASE WHEN licence = '' THEN ? ELSE licence END WHERE id = ?").run(c.direct ? 1 : 0, c.licence, id);
  }

  markRemoved(id: number, at: string): void {
    this.stmt('UPDATE soup SET removed_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
  }
}
