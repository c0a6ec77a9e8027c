import type { OverallEvaluation } from '../api/risk-types';

/**
 * The conclusions of the risk management report (ISO 14971 clause 9), each computed from the records:
 * a) the plan has been carried out, b) the overall residual risk is acceptable, c) methods are in place to
 * collect and review production and post-production information. Where the records do not support a
 * conclusion, the text says what is missing instead of making the claim.
 */

/** How the tests verifying a control's requirements came out in the version: their combined latest outcome. */
export type ControlTestResult = 'passed' | 'failed' | 'not-run' | 'untested';

export interface ControlEvidence {
  humanId: string;
  /** The requirements implementing it, with their status (draft, approved, implemented, verified, obsolete). */
  requirements: { humanId: string; status: string }[];
  /** The risk file's note on how its implementation was checked; the evidence for a control outside the software. */
  implementationRecord: string;
  test: ControlTestResult;
  /** The test cases that failed, errored or were blocked, for the text. */
  failedTests: string[];
}

export interface ControlVerdict {
  humanId: string;
  verified: boolean;
  /** Why, in one clause naming the records ("REQ-7 is still Draft"). */
  reason: string;
}

const DONE = new Set(['implemented', 'verified']);

/** Whether one control's implementation and verification are shown by the records of the version. */
export function controlVerdict(c: ControlEvidence, version: string | null): ControlVerdict {
  const live = c.requirements.filter((r) => r.status !== 'obsolete');
  if (live.length === 0) {
    return c.implementationRecord.trim() !== ''
      ? { humanId: c.humanId, verified: true, reason: 'implemented outside the software; its implementation check is recorded' }
      : { humanId: c.humanId, verified: false, reason: 'no requirement implements it and no check of its implementation is recorded' };
  }
  const unfinished = live.filter((r) => !DONE.has(r.status));
  const where = version ? `in version ${version}` : 'in any released or tested version';
  const test: Record<ControlTestResult, string> = {
    passed: `its tests passed ${where}`,
    failed: `${c.failedTests.join(', ') || 'a test verifying it'} failed ${where}`,
    'not-run': `its tests were not run ${where}`,
    untested: `no test verifies ${live.map((r) => r.humanId).join(', ')}`,
  };
  if (unfinished.length > 0) {
    const states = unfinished.map((r) => `${r.humanId} is still ${r.status === 'draft' ? 'Draft' : 'not implemented'}`).join(', ');
    return { humanId: c.humanId, verified: false, reason: `${states}; ${test[c.test]}` };
  }
  return { humanId: c.humanId, verified: c.test === 'passed', reason: test[c.test] };
}

export interface RiskConclusionInput {
  /** The version whose test results count: the newest released one, else the newest tested. */
  version: string | null;
  /** What the plan asked for that the file does not show (unwritten plan parts, open chains …). */
  planGaps: string[];
  controls: ControlEvidence[];
  overall: OverallEvaluation;
  /** The plan's allocation of responsibilities: who may judge the overall residual risk. */
  responsibilities: string;
  /** The plan's method for production and post-production information. */
  productionInformation: string;
  /** The post-market surveillance procedure as a controlled document, or null when the project has none. */
  pmsProcedure: { docKey: string; approvedVersion: number | null } | null;
}

export interface Conclusion {
  /** True only when the records support the claim. */
  concluded: boolean;
  text: string;
  /** What stands in the way, one item each; empty when concluded. */
  gaps: string[];
}

export interface RiskConclusions {
  controls: ControlVerdict[];
  planCarriedOut: Conclusion;
  overallAcceptable: Conclusion;
  productionInformation: Conclusion;
}

const ids = (verdicts: readonly ControlVerdict[]) => verdicts.map((v) => v.humanId).join(', ');

function planConclusion(input: RiskConclusionInput, unverified: readonly ControlVerdict[]): Conclusion {
  const gaps = [...input.planGaps, ...unverified.map((v) => `${v.humanId}: ${v.reason}.`)];
  if (gaps.length === 0) {
    return {
      concluded: true,
      text: `The risk management plan has been carried out: every chain has its residual risk estimated, and each of the ${input.controls.length} risk controls is implemented with its verification shown${input.version ? ` in version ${input.version}` : ''}.`,
      gaps,
    };
  }
  return { concluded: false, text: 'It cannot be concluded that the risk management plan has been carried out. The records show:', gaps };
}

function overallConclusion(input: RiskConclusionInput, unverified: readonly ControlVerdict[]): Conclusion {
  const o = input.overall;
  if (o.acceptable === null)
    return {
      concluded: false,
      text: 'The overall residual risk has not been evaluated, so its acceptability cannot be concluded.',
      gaps: ['Evaluate the overall residual risk against the plan’s criterion (clause 8).'],
    };
  if (!o.acceptable)
    return {
      concluded: false,
      text: `The overall residual risk was judged not acceptable${o.evaluatedBy ? ` by ${o.evaluatedBy}` : ''}${o.evaluatedAt ? ` on ${o.evaluatedAt.slice(0, 10)}` : ''}.`,
      gaps: [],
    };
  const gaps: string[] = [];
  if (unverified.length > 0) gaps.push(`The judgement relies on risk controls whose implementation or verification is not shown: ${ids(unverified)}.`);
  if (o.evaluatedBy && !input.responsibilities.toLowerCase().includes(o.evaluatedBy.toLowerCase())) {
    gaps.push(`${o.evaluatedBy} made the judgement, but the plan’s allocation of responsibilities does not name them.`);
  }
  const judged = `The overall residual risk was judged acceptable${o.evaluatedBy ? ` by ${o.evaluatedBy}` : ''}${o.evaluatedAt ? ` on ${o.evaluatedAt.slice(0, 10)}` : ''} against the plan’s criterion`;
  return gaps.length === 0 ? { concluded: true, text: `${judged}.`, gaps } : { concluded: false, text: `${judged}, but this cannot yet be concluded:`, gaps };
}

function productionConclusion(input: RiskConclusionInput): Conclusion {
  const gaps: string[] = [];
  if (input.productionInformation.trim() === '') gaps.push('The plan states no method for collecting and reviewing production and post-production information.');
  const pms = input.pmsProcedure;
  if (!pms) gaps.push('The project holds no post-market surveillance procedure.');
  else if (pms.approvedVersion === null) gaps.push(`The post-market surveillance procedure ${pms.docKey} is not approved.`);
  if (gaps.length > 0)
    return { concluded: false, text: 'It cannot be concluded that methods to collect and review production and post-production information are in place:', gaps };
  return {
    concluded: true,
    text: `Methods to collect and review production and post-production information are in place: the plan’s method (${input.productionInformation.trim().replace(/\.$/, '')}) runs under ${pms?.docKey} v${pms?.approvedVersion}, approved.`,
    gaps,
  };
}

/** The three clause 9 conclusions and each control's verdict. */
export function riskConclusions(input: RiskConclusionInput): RiskConclusions {
  const controls = input.controls.map((c) => controlVerdict(c, input.version));
  const unverified = controls.filter((v) => !v.verified);
  return {
    controls,
    planCarriedOut: planConclusion(input, unverified),
    overallAcceptable: overallConclusion(input, unverified),
    productionInformation: productionConclusion(input),
  };
}
