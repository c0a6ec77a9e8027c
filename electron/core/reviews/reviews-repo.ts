import type { ReviewAnswerView, ReviewRecord, UnitVerificationDetails } from '../../../shared/api/reviews-types';
import type { ReviewKind } from '../../../shared/reviews/checklists';
import type { UnitCheck } from '../../../shared/reviews/unit-checks';
import type { SafetyClass } from '../../../shared/regulatory/safety-class';
import type { Db } from '../db/connection';
import { statementCache } from '../db/lazy-statement';

const COLUMNS = `id, human_id AS humanId, kind, scope, answers_json AS answers, result, findings, reviewer_id AS reviewerId,
  reviewer_name AS reviewerName, recorded_at AS recordedAt, unit_id AS unitId, unit_class AS unitClass, change_ref AS changeRef,
  checks_json AS checks, anomalies_json AS anomalies`;

type RawReview = Omit<ReviewRecord, 'answers' | 'unit'> & {
  answers: string;
  unitId: number | null;
  unitClass: SafetyClass | null;
  changeRef: string;
  checks: string;
  anomalies: string;
};

function toRecord({ unitId, unitClass, changeRef, checks, anomalies, answers, ...rest }: RawReview): ReviewRecord {
  const unit: UnitVerificationDetails | null =
    unitId !== null && unitClass !== null ? { unitId, unitClass, changeRef, checks: JSON.parse(checks) as UnitCheck[], anomalies: JSON.parse(anomalies) as string[] } : null;
  return { ...rest, answers: JSON.parse(answers) as ReviewAnswerView[], unit };
}

/** Owns review_record. Callers audit and sign; this only reads and writes rows. */
export class ReviewsRepo {
  private readonly stmt: ReturnType<typeof statementCache>;

  constructor(db: Db) {
    this.stmt = statementCache(db);
  }

  list(kind?: ReviewKind): ReviewRecord[] {
    const rows = (
      kind ? this.stmt(`SELECT ${COLUMNS} FROM review_record WHERE kind = ? ORDER BY id DESC`).all(kind) : this.stmt(`SELECT ${COLUMNS} FROM review_record ORDER BY id DESC`).all()
    ) as RawReview[];
    return rows.map(toRecord);
  }

  latest(kind: ReviewKind): ReviewRecord | null {
    const raw = this.stmt(`SELECT ${COLUMNS} FROM review_record WHERE kind = ? ORDER BY id DESC LIMIT 1`).get(kind) as RawReview | undefined;
    return raw ? toRecord(raw) : null;
  }

  /** Whether a unit verification names this software unit or item (such a unit stays in the tree). */
  namesUnit(unitId: number): boolean {
    return this.stmt('SELECT 1 FROM review_record WHERE unit_id = ? LIMIT 1').get(unitId) !== undefined;
  }

  /** Inserts and gives the record its human ID (REV-n) from its never-reused row id. */
  insert(record: Omit<ReviewRecord, 'id' | 'humanId'>): ReviewRecord {
    const next = ((this.stmt("SELECT seq FROM sqlite_sequence WHERE name = 'review_record'").pluck().get() as number | undefined) ?? 0) + 1;
    const humanId = `REV-${next}`;
    const { unit } = record;
    this.stmt(
      `INSERT INTO review_record (id, human_id, kind, scope, answers_json, result, findings, reviewer_id, reviewer_name, recorded_at,
         unit_id, unit_class, change_ref, checks_json, anomalies_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      next,
      humanId,
      record.kind,
      record.scope,
      JSON.stringify(record.answers),
      record.result,
      record.findings,
      record.reviewerId,
      record.reviewerName,
      record.recordedAt,
      unit?.unitId ?? null,
      unit?.unitClass ?? null,
      unit?.changeRef ?? '',
      JSON.stringify(unit?.checks ?? []),
      JSON.stringify(unit?.anomalies ?? []),
    );
    return { ...record, id: next, humanId };
  }
}
