import type { BaselineItem, ConfirmationKey, Confirmation, KnownAnomaly, ReleaseChecklist, ReleaseFields } from '../../../shared/api/releases-types';
import type { Db } from '../db/connection';
import { statementCache } from '../db/lazy-statement';

export interface ReleaseRow extends ReleaseFields {
  id: number;
  version: string;
  status: 'draft' | 'released';
  confirmations: Partial<Record<ConfirmationKey, Confirmation>>;
  releasedAt: string | null;
  createdBy: number;
  createdAt: string;
  updatedAt: string;
}

export interface ReleasedRecord {
  checklist: ReleaseChecklist;
  anomalies: KnownAnomaly[];
}

export interface ArtefactRow {
  id: number;
  releaseId: number;
  name: string;
  sha256: string;
  sizeBytes: number;
  addedAt: string;
  addedBy: number;
}

const COLUMNS = `id, version, title, build_procedure AS buildProcedure, build_environment AS buildEnvironment, delivery,
  archive_location AS archiveLocation, release_notes AS releaseNotes, confirmations_json AS confirmations, status,
  released_at AS releasedAt, created_by AS createdBy, created_at AS createdAt, updated_at AS updatedAt`;

type StoredRelease = Omit<ReleaseRow, 'confirmations'> & { confirmations: string };
const parse = (row: StoredRelease): ReleaseRow => ({ ...row, confirmations: JSON.parse(row.confirmations) as ReleaseRow['confirmations'] });

/** Owns software_release, release_artefact and baseline_item. Callers check a release is still a draft and audit. */
export class ReleasesRepo {
  private readonly stmt: ReturnType<typeof statementCache>;

  constructor(db: Db) {
    this.stmt = statementCache(db);
  }

  /** Newest first. */
  list(): (ReleaseRow & { artefacts: number })[] {
    const rows = this.stmt(
      `SELECT ${COLUMNS}, (SELECT count(*) FROM release_artefact a WHERE a.release_id = software_release.id) AS artefacts
      FROM software_release ORDER BY id DESC`,
    ).all() as (StoredRelease & { artefacts: number })[];
    return rows.map((r) => ({ ...parse(r), artefacts: r.artefacts }));
  }

  byId(id: number): ReleaseRow | undefined {
    const row = this.stmt(`SELECT ${COLUMNS} FROM software_release WHERE id = ?`).get(id) as StoredRelease | undefined;
    return row && parse(row);
  }

  byVersion(version: string): ReleaseRow | undefined {
    const row = this.stmt(`SELECT ${COLUMNS} FROM software_release WHERE version = ?`).get(version) as StoredRelease | undefined;
    return row && parse(row);
  }

  insert(version: string, title: string, by: number, at: string): number {
    const { lastInsertRowid } = this.stmt('INSERT INTO software_release (version, title, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
      version,
      title,
      by,
      at,
      at,
    );
    return Number(lastInsertRowid);
  }

  update(id: number, fields: ReleaseFields & { confirmations: ReleaseRow['confirmations'] }, at: string): void {
    this.stmt(
      `UPDATE software_release SET title = @title, build_procedure = @buildProcedure, build_environment = @buildEnvironment,
      delivery = @delivery, archive_location = @archiveLocation, release_notes = @releaseNotes, confirmations_json = @confirmations,
      updated_at = @at WHERE id = @id`,
    ).run({ ...fields, confirmations: JSON.stringify(fields.confirmations), at, id });
  }

  /** Marks the release released and keeps what its checklist and anomaly list said at that moment. */
  markReleased(id: number, record: ReleasedRecord, at: string): void {
    this.stmt("UPDATE software_release SET status = 'released', released_at = ?, released_record_json = ?, updated_at = ? WHERE id = ?").run(at, JSON.stringify(record), at, id);
  }

  releasedRecord(id: number): ReleasedRecord | null {
    const row = this.stmt('SELECT released_record_json AS json FROM software_release WHERE id = ?').get(id) as { json: string | null } | undefined;
    return row?.json ? (JSON.parse(row.json) as ReleasedRecord) : null;
  }

  artefacts(releaseId: number): ArtefactRow[] {
    return this.stmt(
      `SELECT id, release_id AS releaseId, name, sha256, size_bytes AS sizeBytes, added_at AS addedAt, added_by AS addedBy
      FROM release_artefact WHERE release_id = ? ORDER BY id`,
    ).all(releaseId) as ArtefactRow[];
  }

  insertArtefact(a: Omit<ArtefactRow, 'id'>): void {
    this.stmt('INSERT INTO release_artefact (release_id, name, sha256, size_bytes, added_at, added_by) VALUES (@releaseId, @name, @sha256, @sizeBytes, @addedAt, @addedBy)').run(a);
  }

  removeArtefact(id: number): void {
    this.stmt('DELETE FROM release_artefact WHERE id = ?').run(id);
  }

  /** The frozen baseline; rows are permanent once written (triggers refuse update and delete). */
  baseline(releaseId: number): BaselineItem[] {
    return this.stmt(
      `SELECT item_type AS itemType, item_key AS itemKey, title, version FROM baseline_item WHERE release_id = ?
      ORDER BY item_type, item_key`,
    ).all(releaseId) as BaselineItem[];
  }

  freezeBaseline(releaseId: number, items: readonly BaselineItem[]): void {
    const insert = this.stmt('INSERT INTO baseline_item (release_id, item_type, item_key, title, version) VALUES (?, ?, ?, ?, ?)');
    for (const i of items) insert.run(releaseId, i.itemType, i.itemKey, i.title, i.version);
  }

  /** Released versions in the order they were released, for status accounting. */
  releasedBaselines(): { release: string; items: BaselineItem[] }[] {
    const releases = this.stmt("SELECT id, version FROM software_release WHERE status = 'released' ORDER BY released_at, id").all() as { id: number; version: string }[];
    return releases.map((r) => ({ release: r.version, items: this.baseline(r.id) }));
  }
}
