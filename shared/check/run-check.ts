import type { CheckFinding, CheckReport } from '../api/check-types';
import type { CheckFacts } from './facts';
import type { CheckRule } from './rule';
import { classBelowSeverity, externalControlInsideSystem } from './rules/classification-rules';
import { exclusionClaimed } from './rules/qms-rules';
import { approvedDocumentUnfinishedRecords, authorReviewsOwnWork, changedAfterReview, verifiedWithoutPassingTest } from './rules/record-rules';
import { unresolvedReference } from './rules/reference-rules';
import { unitWithoutPassedVerification } from './rules/unit-rules';
import { fieldActionNotReportable, marketedVersionWithoutRelease, releaseDatesBackwards } from './rules/release-rules';

/** Every consistency rule, in the order a team would fix them: classification, records, references, QMS, releases. */
export const CHECK_RULES: readonly CheckRule[] = [
  externalControlInsideSystem,
  classBelowSeverity,
  approvedDocumentUnfinishedRecords,
  changedAfterReview,
  verifiedWithoutPassingTest,
  unitWithoutPassedVerification,
  authorReviewsOwnWork,
  unresolvedReference,
  exclusionClaimed,
  releaseDatesBackwards,
  marketedVersionWithoutRelease,
  fieldActionNotReportable,
];

/** Runs every rule over the facts: errors first, then warnings, each group in rule order. */
export function runCheck(facts: CheckFacts, rules: readonly CheckRule[] = CHECK_RULES): CheckReport {
  const found: CheckFinding[] = rules.flatMap((r) =>
    r.run(facts).map((x) => ({ rule: r.rule, severity: r.severity, clause: r.clause, records: x.records.filter((id) => id !== ''), message: x.message, fix: x.fix, home: r.home })),
  );
  const findings = [...found.filter((x) => x.severity === 'error'), ...found.filter((x) => x.severity === 'warning')];
  return { findings, errors: findings.length - found.filter((x) => x.severity === 'warning').length, warnings: found.filter((x) => x.severity === 'warning').length };
}
