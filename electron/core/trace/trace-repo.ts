import type { TraceEntity, TraceLink, TraceRef } from '../../../shared/api/trace-types';
import type { RelationKind } from '../../../shared/requirements/relation-kinds';
import type { SuspectScope } from '../../../shared/trace/suspect-rule';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../db/connection';
import { statementCache } from '../db/lazy-statement';

const COLUMNS = `id, from_type AS fromType, from_id AS fromId, to_type AS toType, to_id AS toId, relation, relation_name AS relationName, created_at AS createdAt,
  created_by AS createdBy, suspect, suspect_reason AS suspectReason, suspect_since AS suspectSince,
  reviewed_at AS reviewedAt, reviewed_by AS reviewedBy`;

interface RawLink {
  id: number;
  fromType: TraceEntity;
  fromId: number;
  toType: TraceEntity;
  toId: number;
  relation: RelationKind | '';
  relationName: string;
  createdAt: string;
  createdBy: number;
  suspect: number;
  suspectReason: string;
  suspectSince: string | null;
  reviewedAt: string | null;
  reviewedBy: number | null;
}

function toLink(raw: RawLink): TraceLink {
  return {
    id: raw.id,
    from: { type: raw.fromType, id: raw.fromId },
    to: { type: raw.toType, id: raw.toId },
    relation: raw.relation === '' ? null : { kind: raw.relation, name: raw.relationName },
    createdAt: raw.createdAt,
    createdBy: raw.createdBy,
    suspect: raw.suspect === 1,
    suspectReason: raw.suspectReason,
    suspectSince: raw.suspectSince,
    reviewedAt: raw.reviewedAt,
    reviewedBy: raw.reviewedBy,
  };
}

/** Links per multi-row INSERT: six values each, well under SQLite's limit on bound values. */
const LINK_BATCH = 200;

const EITHER_END = '(from_type = @type AND from_id = @id) OR (to_type = @type AND to_id = @id)';

/** Owns trace_link. Callers audit; this only reads and writes rows. */
export class TraceRepo {
  /** Imports link thousands of records in one go: each statement is prepared once per open project. */
  private readonly stmt: (sql: string) => Statement;

  constructor(db: Db) {
    this.stmt = statementCache(db);
  }

  byId(id: number): TraceLink | null {
    const raw = this.stmt(`SELECT ${COLUMNS} FROM trace_link WHERE id = ?`).get(id) as RawLink | undefined;
    return raw ? toLink(raw) : null;
  }

  find(from: TraceRef, to: TraceRef): TraceLink | null {
    const raw = this.stmt(`SELECT ${COLUMNS} FROM trace_link WHERE from_type = ? AND from_id = ? AND to_type = ? AND to_id = ?`).get(from.type, from.id, to.type, to.id) as
      RawLink | undefined;
    return raw ? toLink(raw) : null;
  }

  /** Adds the link unless it exists; returns whether it was added. Imports add thousands and need nothing read back. */
  add(from: TraceRef, to: TraceRef, at: string, by: number): boolean {
    return (
      this.stmt('INSERT OR IGNORE INTO trace_link (from_type, from_id, to_type, to_id, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)').run(
        from.type,
        from.id,
        to.type,
        to.id,
        at,
        by,
      ).changes > 0
    );
  }

  /**
   * Adds many links at once (an import's new requirements to their items), skipping any that exist, in
   * multi-row statements; returns how many were added.
   */
  addMany(links: readonly [from: TraceRef, to: TraceRef][], at: string, by: number): number {
    let added = 0;
    for (let start = 0; start < links.length; start += LINK_BATCH) {
      const batch = links.slice(start, start + LINK_BATCH);
      const rows = Array.from({ length: batch.length }, () => '(?, ?, ?, ?, ?, ?)').join(', ');
      const values = batch.flatMap(([from, to]) => [from.type, from.id, to.type, to.id, at, by]);
      added += this.stmt(`INSERT OR IGNORE INTO trace_link (from_type, from_id, to_type, to_id, created_at, created_by) VALUES ${rows}`).run(values).changes;
    }
    return added;
  }

  /** Adds the link, or returns null when it already exists. */
  link(from: TraceRef, to: TraceRef, at: string, by: number): TraceLink | null {
    return this.add(from, to, at, by) ? this.find(from, to) : null;
  }

  /**
   * Relates two requirements as a file typed it (`name`, read as `kind`), unless the same relation (ends and
   * name) is there; returns whether it was added.
   */
  relate(fromId: number, toId: number, kind: RelationKind, name: string, at: string, by: number): boolean {
    return (
      this.stmt(
        `INSERT OR IGNORE INTO trace_link (from_type, from_id, to_type, to_id, relation, relation_name, created_at, created_by)
         VALUES ('requirement', ?, 'requirement', ?, ?, ?, ?, ?)`,
      ).run(fromId, toId, kind, name, at, by).changes > 0
    );
  }

  unlink(linkId: number): boolean {
    return this.stmt('DELETE FROM trace_link WHERE id = ?').run(linkId).changes > 0;
  }

  /** Every link with `ref` at either end. */
  linksOf(ref: TraceRef): TraceLink[] {
    return (this.stmt(`SELECT ${COLUMNS} FROM trace_link WHERE ${EITHER_END} ORDER BY id`).all(ref) as RawLink[]).map(toLink);
  }

  /**
   * Links from records of one type to records of another, e.g. every requirement → software item link.
   * `+to_type` keeps SQLite on the (from_type, …) index: left to itself it takes trace_link_to (to_type)
   * and reads every link into software items (300k rows on the stretch project) to find 5,000 from SOUP.
   */
  between(fromType: TraceEntity, toType: TraceEntity): TraceLink[] {
    return (this.stmt(`SELECT ${COLUMNS} FROM trace_link WHERE from_type = ? AND +to_type = ? ORDER BY id`).all(fromType, toType) as RawLink[]).map(toLink);
  }

  suspect(): TraceLink[] {
    return (this.stmt(`SELECT ${COLUMNS} FROM trace_link WHERE suspect = 1 ORDER BY id`).all() as RawLink[]).map(toLink);
  }

  all(): TraceLink[] {
    return (this.stmt(`SELECT ${COLUMNS} FROM trace_link ORDER BY id`).all() as RawLink[]).map(toLink);
  }

  /**
   * The record at `ref` changed: every link touching it (or, for `reviewed-links`, every link someone has
   * already reviewed) needs a fresh look. Returns how many became suspect.
   */
  markSuspect(ref: TraceRef, reason: string, at: string, scope: SuspectScope = 'every-link'): number {
    const reviewedOnly = scope === 'reviewed-links' ? ' AND reviewed_at IS NOT NULL' : '';
    return this.stmt(`UPDATE trace_link SET suspect = 1, suspect_reason = @reason, suspect_since = @at WHERE suspect = 0 AND (${EITHER_END})${reviewedOnly}`).run({
      ...ref,
      reason,
      at,
    }).changes;
  }

  /** Someone looked at both ends and the link still holds. */
  review(linkId: number, at: string, by: number): void {
    this.stmt("UPDATE trace_link SET suspect = 0, suspect_reason = '', suspect_since = NULL, reviewed_at = ?, reviewed_by = ? WHERE id = ?").run(at, by, linkId);
  }

  /** The record at `ref` is being removed: its links go with it. Returns the removed links for the audit row. */
  forget(ref: TraceRef): TraceLink[] {
    const gone = this.linksOf(ref);
    this.stmt(`DELETE FROM trace_link WHERE ${EITHER_END}`).run(ref);
    return gone;
  }
}
