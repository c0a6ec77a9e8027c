import type { RiskPlanField } from '../api/risk-types';
import { namesWithRole, type PlanFacts } from '../dev-plan/plan-facts';

/**
 * Cairn's starting text for each part of the risk management plan (ISO 14971 4.4), written from what the
 * project already knows, so the plan opens drafted as the development plan does. The team edits and saves
 * it; until they do, the plan counts the part as not written.
 */
export function riskPlanDrafts(f: PlanFacts): Record<RiskPlanField, string> {
  const product = f.productName || 'the product';
  const owner = namesWithRole(f, 'owner') ?? 'the project owner';
  const approvers = namesWithRole(f, 'approver') ?? owner;
  const reviewers = namesWithRole(f, 'reviewer') ?? 'a team member who did not do the analysis';
  const form =
    f.softwareForm === 'samd'
      ? 'software as a medical device'
      : f.softwareForm === 'in-device'
        ? `software in ${f.hardwareDevice || 'a medical device'}`
        : 'medical device software';
  return {
    scope: `This plan covers the risk management of ${product}, ${form} made by ${f.manufacturer || 'the manufacturer'}, for its intended use as stated in the product profile. It covers hazards arising from the software itself, from the SOUP it uses, from its interfaces and from foreseeable misuse.`,
    lifecyclePhases: `Every phase of ${product}: design and development, verification, release, use in the field, maintenance and changes, and withdrawal from the market. Risk analysis starts with the first requirements and is updated with every change.`,
    responsibilities: `${owner} is responsible for this plan and for keeping the risk file current. The team identifies hazards and estimates risks together; ${reviewers} reviews each analysis; ${approvers} decides on the acceptability of residual risks and approves this plan and the risk management report.`,
    reviewRequirements: `The risk file is reviewed before each release and whenever a change request, problem report or field information touches a hazard, a hazardous situation or a risk control. Each review is recorded with its date, the people present and its outcome.`,
    acceptabilityPolicy: `A risk is acceptable when its estimated probability and severity fall in a cell marked acceptable in the matrix of this plan. Risks in other cells are reduced as far as possible by risk controls, in the order: inherent safety by design, protective measures, information for safety.`,
    overallCriterion: `The overall residual risk is acceptable when every individual residual risk is acceptable, when the residual risks taken together do not add up to an unacceptable exposure for the patient or user, and when the medical benefit of ${product} outweighs them.`,
    controlVerification: `The implementation of each risk control is verified through the requirement that carries it and the test that verifies that requirement; its effectiveness is verified by test, analysis or a usability evaluation, recorded against the control.`,
    productionInformation: `Complaints, problem reports, field feedback, SOUP anomaly lists and the state of the art are collected and reviewed at least once a year and before each release. Information that reveals a new hazard or changes an estimate is fed back into this risk analysis.`,
  };
}
