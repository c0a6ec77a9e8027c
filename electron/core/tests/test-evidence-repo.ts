import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { AttachmentInfo } from '../../../shared/api/tests-types';
import type { Db } from '../db/connection';
import { statementCache } from '../db/lazy-statement';

const INFO = `a.id, a.result_id AS resultId, a.name, a.media_type AS mediaType, a.sha256, length(a.bytes) AS size, a.added_at AS addedAt, u.name AS addedByName`;

/** Owns test_attachment (evidence files) and junit_mapping (JUnit names people linked to cases). */
export class TestEvidenceRepo {
  private readonly stmt: (sql: string) => Statement;

  constructor(db: Db) {
    this.stmt = statementCache(db);
  }

  attach(resultId: number, file: { name: string; mediaType: string; sha256: string; bytes: Buffer }, at: string, by: number): number {
    return Number(
      this.stmt('INSERT INTO test_attachment (result_id, name, media_type, sha256, bytes, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        resultId,
        file.name,
        file.mediaType,
        file.sha256,
        file.bytes,
        at,
        by,
      ).lastInsertRowid,
    );
  }

  /** What is attached to a run's results, without the bytes. */
  ofRun(runId: number): (AttachmentInfo & { resultId: number })[] {
    return this.stmt(
      `SELECT ${INFO} FROM test_attachment a JOIN user u ON u.id = a.added_by JOIN test_result t ON t.id = a.result_id
      WHERE t.run_id = ? ORDER BY a.id`,
    ).all(runId) as (AttachmentInfo & { resultId: number })[];
  }

  byId(id: number): (AttachmentInfo & { resultId: number; bytes: Buffer }) | null {
    return (
      (this.stmt(`SELECT ${INFO}, a.bytes FROM test_attachment a JOIN user u ON u.id = a.added_by WHERE a.id = ?`).get(id) as
        (AttachmentInfo & { resultId: number; bytes: Buffer }) | undefined) ?? null
    );
  }

  savedMappings(): Map<string, number> {
    const rows = this.stmt('SELECT junit_name AS name, test_case_id AS caseId FROM junit_mapping').all() as { name: string; caseId: number }[];
    return new Map(rows.map((r) => [r.name, r.caseId]));
  }

  saveMapping(junitName: string, caseId: number, at: string, by: number): void {
    this.stmt(
      `INSERT INTO junit_mapping (junit_name, test_case_id, updated_at, updated_by) VALUES (?, ?, ?, ?)
      ON CONFLICT (junit_name) DO UPDATE SET test_case_id = excluded.test_case_id, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    ).run(junitName, caseId, at, by);
  }
}
