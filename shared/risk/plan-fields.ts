import type { RiskPlanField } from '../api/risk-types';

/** What each part of the risk management plan holds, after ISO 14971 4.4; the screen's labels and the document's headings. */
export const RISK_PLAN_FIELD_TEXT: Record<RiskPlanField, { label: string; hint: string }> = {
  scope: { label: 'Scope', hint: 'The device, its intended use and what this plan covers.' },
  lifecyclePhases: { label: 'Life-cycle phases covered', hint: 'From design through production, use and decommissioning.' },
  responsibilities: { label: 'Responsibilities and authorities', hint: 'Who analyses, who decides on acceptability, who approves.' },
  reviewRequirements: { label: 'Review of risk management activities', hint: 'When and how the team reviews this work.' },
  acceptabilityPolicy: { label: 'Criteria for risk acceptability', hint: 'The policy behind the acceptability matrix.' },
  overallCriterion: { label: 'Criterion for the overall residual risk', hint: 'How the whole residual risk is judged (clause 8).' },
  controlVerification: { label: 'Verification of risk controls', hint: 'How implementation and effectiveness are verified.' },
  productionInformation: { label: 'Production and post-production information', hint: 'How it is collected and reviewed (clause 10).' },
};
