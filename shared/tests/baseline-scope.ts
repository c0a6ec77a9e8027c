import type { VersionStatus } from '../api/tests-types';
import { countStatuses } from './propagation';

/**
 * A version's verification status limited to the requirements and risk controls its released baseline
 * holds. The test report of a released version reports on what was released: a requirement written for
 * the next version is not a gap in this one, and must not change the report approved at release.
 */
export function scopeToBaseline(status: VersionStatus, baseline: { requirements: ReadonlySet<string>; riskControls: ReadonlySet<string> }): VersionStatus {
  const requirements = status.requirements.filter((r) => baseline.requirements.has(r.humanId));
  const riskControls = status.riskControls.filter((c) => baseline.riskControls.has(c.humanId));
  return { version: status.version, requirements, riskControls, counts: { requirements: countStatuses(requirements), riskControls: countStatuses(riskControls) } };
}
