import type { Db } from '../db/connection';

export type AssessmentKind = 'mdr' | 'fda';

/** Owns regulatory_assessment: each EU MDR class or FDA documentation level decided, newest first. */
export class RegulatoryRepo {
  constructor(private readonly db: Db) {}

  assessments(kind: AssessmentKind): { id: number; answers: unknown; result: unknown; decidedAt: string; decidedBy: number }[] {
    const rows = this.db
      .prepare(
        'SELECT id, answers_json AS answers, result_json AS result, decided_at AS decidedAt, decided_by AS decidedBy FROM regulatory_assessment WHERE kind = ? ORDER BY id DESC',
      )
      .all(kind) as { id: number; answers: string; result: string; decidedAt: string; decidedBy: number }[];
    return rows.map((r) => ({ ...r, answers: JSON.parse(r.answers) as unknown, result: JSON.parse(r.result) as unknown }));
  }

  insertAssessment(kind: AssessmentKind, answers: unknown, result: unknown, at: string, by: number): number {
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO regulatory_assessment (kind, answers_json, result_json, decided_at, decided_by) VALUES (?, ?, ?, ?, ?)')
      .run(kind, JSON.stringify(answers), JSON.stringify(result), at, by);
    return Number(lastInsertRowid);
  }
}
