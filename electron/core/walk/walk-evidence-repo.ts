import type { ReviewEvidence, WalkDocument } from '../../../shared/walk/evidence';
import type { Db } from '../db/connection';
import { statementCache } from '../db/lazy-statement';

type ReviewKind = 'requirements' | 'architecture' | 'detailed-design';

/**
 * The read model behind the walk. It owns no table: it counts what the document, requirement, review,
 * architecture, test, release, problem and change migrations promise to keep, so the walk reads a large
 * project in a handful of statements.
 */
export class WalkEvidenceRepo {
  private readonly stmt: ReturnType<typeof statementCache>;

  constructor(db: Db) {
    this.stmt = statementCache(db);
  }

  /** Each live document of the given types: its key, newest version and state, and whether any version is approved. */
  documents(types: readonly WalkDocument[]): { type: WalkDocument; docKey: string; version: number; state: string; approved: boolean }[] {
    const rows = this.stmt(
      `SELECT d.doc_type AS type, d.doc_key AS docKey, v.version, v.state,
        EXISTS (SELECT 1 FROM document_version a WHERE a.document_id = d.id AND a.state = 'approved') AS approved
      FROM document d JOIN document_version v ON v.document_id = d.id
      WHERE d.retired_at IS NULL AND v.version = (SELECT max(version) FROM document_version WHERE document_id = d.id)
      ORDER BY d.id`,
    ).all() as { type: WalkDocument; docKey: string; version: number; state: string; approved: number }[];
    return rows.filter((r) => types.includes(r.type)).map((r) => ({ ...r, approved: r.approved === 1 }));
  }

  /** Live requirements still in draft, and live requirements no software item implements. */
  requirementGaps(): { live: number; notApproved: string[]; unallocated: string[] } {
    const live = this.stmt("SELECT count(*) FROM requirement WHERE status <> 'obsolete'").pluck().get() as number;
    const notApproved = this.stmt("SELECT human_id FROM requirement WHERE status = 'draft' ORDER BY id").pluck().all() as string[];
    const unallocated = this.stmt(
      `SELECT r.human_id FROM requirement r WHERE r.status <> 'obsolete' AND NOT EXISTS
        (SELECT 1 FROM trace_link l WHERE l.from_type = 'requirement' AND l.from_id = r.id AND l.to_type = 'software_item') ORDER BY r.id`,
    )
      .pluck()
      .all() as string[];
    return { live, notApproved, unallocated };
  }

  /**
   * The latest review of a kind, judged against what was added or changed after it: requirements created
   * since (an update also moves a requirement's status, so approval after review must not undo the review),
   * items and interfaces of the architecture, the unit designs of the detailed design.
   */
  review(kind: ReviewKind): ReviewEvidence | null {
    const latest = this.stmt('SELECT human_id AS humanId, result, recorded_at AS recordedAt FROM review_record WHERE kind = ? ORDER BY id DESC LIMIT 1').get(kind) as
      { humanId: string; result: string; recordedAt: string } | undefined;
    if (!latest) return null;
    const lastChange = this.stmt(LAST_CHANGE[kind]).pluck().get() as string | null;
    return { humanId: latest.humanId, passed: latest.result !== 'failed', current: lastChange === null || lastChange <= latest.recordedAt };
  }

  /** Software units whose latest unit verification is missing or failed. */
  unverifiedUnits(): string[] {
    return this.stmt(
      `SELECT u.human_id FROM software_item u WHERE u.kind = 'unit' AND coalesce((SELECT r.result FROM review_record r
        WHERE r.kind = 'unit-verification' AND r.unit_id = u.id ORDER BY r.id DESC LIMIT 1), 'failed') = 'failed' ORDER BY u.id`,
    )
      .pluck()
      .all() as string[];
  }

  /** The version testing is judged for: the draft release's, else the version of the newest test run. */
  versionUnderTest(): string | null {
    const draft = this.stmt("SELECT version FROM software_release WHERE status = 'draft' ORDER BY id DESC LIMIT 1").pluck().get() as string | undefined;
    return draft ?? (this.stmt('SELECT software_version FROM test_run ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined) ?? null;
  }

  liveTestCases(): number {
    return this.stmt('SELECT count(*) FROM test_case WHERE retired = 0').pluck().get() as number;
  }

  releases(): { released: string | null; draft: string | null } {
    const released = this.stmt("SELECT version FROM software_release WHERE status = 'released' ORDER BY released_at DESC, id DESC LIMIT 1").pluck().get() as string | undefined;
    const draft = this.stmt("SELECT version FROM software_release WHERE status = 'draft' ORDER BY id DESC LIMIT 1").pluck().get() as string | undefined;
    return { released: released ?? null, draft: draft ?? null };
  }

  maintenance(): { problems: number; undecided: string[]; unfinishedChanges: string[] } {
    return {
      problems: this.stmt('SELECT count(*) FROM problem_report').pluck().get() as number,
      undecided: this.stmt("SELECT human_id FROM problem_report WHERE status IN ('open', 'investigating') AND decision = 'undecided' ORDER BY id").pluck().all() as string[],
      unfinishedChanges: this.stmt("SELECT human_id FROM change_request WHERE status IN ('draft', 'approved', 'implemented') ORDER BY id").pluck().all() as string[],
    };
  }
}

const LAST_CHANGE: Record<ReviewKind, string> = {
  requirements: "SELECT max(created_at) FROM requirement WHERE status <> 'obsolete'",
  architecture: "SELECT max(t) FROM (SELECT max(created_at) AS t FROM software_item WHERE kind = 'item' UNION ALL SELECT max(updated_at) FROM interface)",
  'detailed-design': 'SELECT max(updated_at) FROM unit_design',
};
