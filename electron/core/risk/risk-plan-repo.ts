import type { RiskPlanField } from '../../../shared/api/risk-types';
import { defaultScales } from '../../../shared/risk/presets';
import type { RiskScales } from '../../../shared/risk/scales';
import type { Db } from '../db/connection';

export interface RiskPlanRow extends Record<RiskPlanField, string> {
  scales: RiskScales;
  saved: boolean;
  overallEvaluation: string;
  overallAcceptable: boolean | null;
  overallEvaluatedAt: string | null;
  overallEvaluatedBy: number | null;
  updatedAt: string | null;
}

const COLUMNS = `scope, lifecycle_phases AS lifecyclePhases, responsibilities, review_requirements AS reviewRequirements,
  acceptability_policy AS acceptabilityPolicy, overall_criterion AS overallCriterion, control_verification AS controlVerification,
  production_information AS productionInformation, scales_json AS scales, overall_evaluation AS overallEvaluation,
  overall_acceptable AS overallAcceptable, overall_evaluated_at AS overallEvaluatedAt, overall_evaluated_by AS overallEvaluatedBy,
  updated_at AS updatedAt`;

type Raw = Omit<RiskPlanRow, 'scales' | 'saved' | 'overallAcceptable'> & { scales: string; overallAcceptable: number | null };

const EMPTY: RiskPlanRow = {
  scope: '',
  lifecyclePhases: '',
  responsibilities: '',
  reviewRequirements: '',
  acceptabilityPolicy: '',
  overallCriterion: '',
  controlVerification: '',
  productionInformation: '',
  scales: defaultScales(),
  saved: false,
  overallEvaluation: '',
  overallAcceptable: null,
  overallEvaluatedAt: null,
  overallEvaluatedBy: null,
  updatedAt: null,
};

/** Owns risk_plan: one row, written the first time anyone saves the plan. */
export class RiskPlanRepo {
  constructor(private readonly db: Db) {}

  get(): RiskPlanRow {
    const raw = this.db.prepare(`SELECT ${COLUMNS} FROM risk_plan WHERE id = 1`).get() as Raw | undefined;
    if (!raw) return { ...EMPTY, scales: defaultScales() };
    return { ...raw, scales: JSON.parse(raw.scales) as RiskScales, saved: true, overallAcceptable: raw.overallAcceptable === null ? null : raw.overallAcceptable === 1 };
  }

  save(row: RiskPlanRow, at: string, by: number): void {
    this.db
      .prepare(
        `INSERT INTO risk_plan (id, scope, lifecycle_phases, responsibilities, review_requirements, acceptability_policy, overall_criterion,
           control_verification, production_information, scales_json, overall_evaluation, overall_acceptable, overall_evaluated_at,
           overall_evaluated_by, updated_at, updated_by)
         VALUES (1, @scope, @lifecyclePhases, @responsibilities, @reviewRequirements, @acceptabilityPolicy, @overallCriterion,
           @controlVerification, @productionInformation, @scales, @overallEvaluation, @overallAcceptable, @overallEvaluatedAt,
           @overallEvaluatedBy, @at, @by)
         ON CONFLICT (id) DO UPDATE SET scope = excluded.scope, lifecycle_phases = excluded.lifecycle_phases,
           responsibilities = excluded.responsibilities, review_requirements = excluded.review_requirements,
           acceptability_policy = excluded.acceptability_policy, overall_criterion = excluded.overall_criterion,
           control_verification = excluded.control_verification, production_information = excluded.production_information,
           scales_json = excluded.scales_json, overall_evaluation = excluded.overall_evaluation,
           overall_acceptable = excluded.overall_acceptable, overall_evaluated_at = excluded.overall_evaluated_at,
           overall_evaluated_by = excluded.overall_evaluated_by, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run({
        scope: row.scope,
        lifecyclePhases: row.lifecyclePhases,
        responsibilities: row.responsibilities,
        reviewRequirements: row.reviewRequirements,
        acceptabilityPolicy: row.acceptabilityPolicy,
        overallCriterion: row.overallCriterion,
        controlVerification: row.controlVerification,
        productionInformation: row.productionInformation,
        scales: JSON.stringify(row.scales),
        overallEvaluation: row.overallEvaluation,
        overallAcceptable: row.overallAcceptable === null ? null : Number(row.overallAcceptable),
        overallEvaluatedAt: row.overallEvaluatedAt,
        overallEvaluatedBy: row.overallEvaluatedBy,
        at,
        by,
      });
  }
}
