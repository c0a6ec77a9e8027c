import type { DevPlanStepId } from '../../../shared/dev-plan/steps';
import type { Db } from '../db/connection';

export interface StepRow {
  stepId: DevPlanStepId;
  text: string;
  generated: boolean;
  done: boolean;
  revision: number;
  updatedAt: string;
  updatedBy: number;
}

interface RawStep extends Omit<StepRow, 'generated' | 'done'> {
  generated: number;
  done: number;
}

const toRow = (raw: RawStep): StepRow => ({ ...raw, generated: raw.generated === 1, done: raw.done === 1 });

/** Owns dev_plan_step: one row per development plan section the team has written. */
export class DevPlanRepo {
  constructor(private readonly db: Db) {}

  all(): StepRow[] {
    const rows = this.db
      .prepare('SELECT step_id AS stepId, text, generated, done, revision, updated_at AS updatedAt, updated_by AS updatedBy FROM dev_plan_step')
      .all() as RawStep[];
    return rows.map(toRow);
  }

  get(stepId: DevPlanStepId): StepRow | null {
    const raw = this.db
      .prepare('SELECT step_id AS stepId, text, generated, done, revision, updated_at AS updatedAt, updated_by AS updatedBy FROM dev_plan_step WHERE step_id = ?')
      .get(stepId) as RawStep | undefined;
    return raw ? toRow(raw) : null;
  }

  /** Writes a section's text as its next revision; an emptied section is no longer done. */
  saveText(stepId: DevPlanStepId, text: string, generated: boolean, at: string, by: number): void {
    this.db
      .prepare(
        `INSERT INTO dev_plan_step (step_id, text, generated, done, revision, updated_at, updated_by) VALUES (@stepId, @text, @generated, 0, 1, @at, @by)
         ON CONFLICT (step_id) DO UPDATE SET text = excluded.text, generated = excluded.generated,
         done = CASE WHEN excluded.text = '' THEN 0 ELSE dev_plan_step.done END,
         revision = dev_plan_step.revision + 1, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run({ stepId, text, generated: generated ? 1 : 0, at, by });
  }

  /** Leaves who and when alone: they say who last wrote the text; the audit trail says who marked it. */
  setDone(stepId: DevPlanStepId, done: boolean): void {
    this.db.prepare('UPDATE dev_plan_step SET done = ? WHERE step_id = ?').run(done ? 1 : 0, stepId);
  }
}
