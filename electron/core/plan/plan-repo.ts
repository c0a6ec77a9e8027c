import type { ClauseStatus } from '../../../shared/regulatory/clause-homes';
import type { Db } from '../db/connection';

export interface ClauseStatusRow {
  clause: string;
  status: ClauseStatus;
  justification: string;
  updatedAt: string;
  updatedBy: number;
}

/** Owns clause_status and regulatory_assessment. */
export class PlanRepo {
  constructor(private readonly db: Db) {}

  statuses(): Map<string, ClauseStatusRow> {
    const rows = this.db
      .prepare('SELECT clause, status, justification, updated_at AS updatedAt, updated_by AS updatedBy FROM clause_status')
      .all() as ClauseStatusRow[];
    return new Map(rows.map((r) => [r.clause, r]));
  }

  setStatus(row: ClauseStatusRow): void {
    this.db
      .prepare(
        `INSERT INTO clause_status (clause, status, justification, updated_at, updated_by) VALUES (@clause, @status, @justification, @updatedAt, @updatedBy)
         ON CONFLICT (clause) DO UPDATE SET status = excluded.status, justification = excluded.justification,
         updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run(row);
  }

  assessments(kind: 'mdr' | 'fda'): { id: number; answers: unknown; result: unknown; decidedAt: string; decidedBy: number }[] {
    const rows = this.db
      .prepare('SELECT id, answers_json AS answers, result_json AS result, decided_at AS decidedAt, decided_by AS decidedBy FROM regulatory_assessment WHERE kind = ? ORDER BY id DESC')
      .all(kind) as { id: number; answers: string; result: string; decidedAt: string; decidedBy: number }[];
    return rows.map((r) => ({ ...r, answers: JSON.parse(r.answers) as unknown, result: JSON.parse(r.result) as unknown }));
  }

  insertAssessment(kind: 'mdr' | 'fda', answers: unknown, result: unknown, at: string, by: number): number {
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO regulatory_assessment (kind, answers_json, result_json, decided_at, decided_by) VALUES (?, ?, ?, ?, ?)')
      .run(kind, JSON.stringify(answers), JSON.stringify(result), at, by);
    return Number(lastInsertRowid);
  }
}
