import type { RiskPlan, RiskRow } from '../../../shared/api/risk-types';
import type { ControlEvidence, ControlTestResult, RiskConclusionInput } from '../../../shared/risk/report-conclusions';
import { approvedVersion } from '../documents/version-state';
import type { OpenProject } from '../projects/open-project';
import { ReleaseEvidenceRepo } from '../releases/release-evidence';
import { verificationVersion } from '../releases/verification-version';

/** The procedure whose approval shows that post-production information is collected and reviewed. */
const PMS_PROCEDURE = 'SOP-PMS';
const FAILING = new Set(['failed', 'error', 'blocked']);

function combined(outcomes: readonly (string | undefined)[]): ControlTestResult {
  if (outcomes.length === 0) return 'untested';
  if (outcomes.some((o) => o !== undefined && FAILING.has(o))) return 'failed';
  return outcomes.every((o) => o === 'passed') ? 'passed' : 'not-run';
}

/** Each control of the chains with its requirements' status and the combined outcome of their tests in the version. */
function controlEvidence(project: OpenProject, rows: readonly RiskRow[], version: string | null): ControlEvidence[] {
  const outcomes = new Map(version ? new ReleaseEvidenceRepo(project.db).latestOutcomes(version).map((o) => [o.testCaseId, o]) : []);
  const testsOf = new Map<number, number[]>();
  for (const l of project.trace.between('test_case', 'requirement')) testsOf.set(l.to.id, [...(testsOf.get(l.to.id) ?? []), l.from.id]);
  const controls = new Map(rows.flatMap((r) => r.controls).map((c) => [c.id, c]));
  // In the risk file's order (RC-1, RC-2 …), not the order the chains happen to name them.
  return [...controls.values()]
    .sort((a, b) => a.id - b.id)
    .map((c) => {
      const requirements = c.requirements.flatMap((r) => {
        const row = project.requirements.byId(r.id);
        return row ? [{ id: row.id, humanId: row.humanId, status: row.status }] : [];
      });
      const cases = [...new Set(requirements.filter((r) => r.status !== 'obsolete').flatMap((r) => testsOf.get(r.id) ?? []))];
      const results = cases.map((id) => outcomes.get(id)?.outcome);
      return {
        humanId: c.humanId,
        requirements: requirements.map(({ humanId, status }) => ({ humanId, status })),
        implementationRecord: c.implementationVerification,
        test: combined(results),
        failedTests: cases.flatMap((id) => {
          const o = outcomes.get(id);
          return o && FAILING.has(o.outcome) ? [o.testCase] : [];
        }),
      };
    });
}

/** What the risk report's clause 9 conclusions are computed from, read from the records as they are now. */
export function riskConclusionInput(project: OpenProject, plan: RiskPlan, rows: readonly RiskRow[], planGaps: string[]): RiskConclusionInput {
  const version = verificationVersion(project);
  const pms = project.documents.byKey(PMS_PROCEDURE);
  const pmsApproved = pms && pms.retiredAt === null ? approvedVersion(project.documents.versions(pms.id)) : undefined;
  return {
    version,
    planGaps,
    controls: controlEvidence(project, rows, version),
    overall: plan.overall,
    responsibilities: plan.responsibilities,
    productionInformation: plan.productionInformation,
    pmsProcedure: pms && pms.retiredAt === null ? { docKey: pms.docKey, approvedVersion: pmsApproved?.version ?? null } : null,
  };
}
