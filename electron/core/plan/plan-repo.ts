import type { ClauseStatus } from '../../../shared/regulatory/clause-homes';
import type { Db } from '../db/connection';

export interface ClauseStatusRow {
  clause: string;
  status: ClauseStatus;
  justification: string;
  updatedAt: string;
  updatedBy: number;
}

/** Owns clause_status. */
export class PlanRepo {
  constructor(private readonly db: Db) {}

  statuses(): Map<string, ClauseStatusRow> {
    const rows = this.db.prepare('SELECT clause, status, justification, updated_at AS updatedAt, updated_by AS updatedBy FROM clause_status').all() as ClauseStatusRow[];
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
}
