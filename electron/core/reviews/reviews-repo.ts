import type { ReviewAnswerView, ReviewRecord } from '../../../shared/api/review-types';
import type { ReviewKind } from '../../../shared/reviews/checklists';
import type { Db } from '../db/connection';

const COLUMNS = `id, human_id AS humanId, kind, scope, answers_json AS answers, result, findings, reviewer_id AS reviewerId,
  reviewer_name AS reviewerName, recorded_at AS recordedAt`;

type RawReview = Omit<ReviewRecord, 'answers'> & { answers: string };

const toRecord = (raw: RawReview): ReviewRecord => ({ ...raw, answers: JSON.parse(raw.answers) as ReviewAnswerView[] });

/** Owns review_record. Callers audit; this only reads and writes rows. */
export class ReviewsRepo {
  constructor(private readonly db: Db) {}

  list(kind?: ReviewKind): ReviewRecord[] {
    const rows = (kind
      ? this.db.prepare(`SELECT ${COLUMNS} FROM review_record WHERE kind = ? ORDER BY id DESC`).all(kind)
      : this.db.prepare(`SELECT ${COLUMNS} FROM review_record ORDER BY id DESC`).all()) as RawReview[];
    return rows.map(toRecord);
  }

  latest(kind: ReviewKind): ReviewRecord | null {
    const raw = this.db.prepare(`SELECT ${COLUMNS} FROM review_record WHERE kind = ? ORDER BY id DESC LIMIT 1`).get(kind) as RawReview | undefined;
    return raw ? toRecord(raw) : null;
  }

  /** Inserts and gives the record its human ID (REV-n) from its never-reused row id. */
  insert(record: Omit<ReviewRecord, 'id' | 'humanId'>): ReviewRecord {
    const next = ((this.db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'review_record'").pluck().get() as number | undefined) ?? 0) + 1;
    const humanId = `REV-${next}`;
    this.db
      .prepare(
        `INSERT INTO review_record (id, human_id, kind, scope, answers_json, result, findings, reviewer_id, reviewer_name, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(next, humanId, record.kind, record.scope, JSON.stringify(record.answers), record.result, record.findings, record.reviewerId, record.reviewerName, record.recordedAt);
    return { ...record, id: next, humanId };
  }
}
