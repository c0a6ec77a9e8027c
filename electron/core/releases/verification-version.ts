import { compareVersions } from '../../../shared/check/rules/release-rules';
import type { OpenProject } from '../projects/open-project';
import { ReleaseEvidenceRepo } from './release-evidence';

/**
 * The version whose test results count when a document or check says "verified": the newest released
 * version, else the newest version with a completed test run; null when nothing was ever tested.
 */
export function verificationVersion(project: OpenProject): string | null {
  const released = project.releases
    .list()
    .filter((r) => r.status === 'released')
    .map((r) => r.version);
  const pool = released.length > 0 ? released : new ReleaseEvidenceRepo(project.db).testedVersions();
  return [...new Set(pool)].sort(compareVersions).at(-1) ?? null;
}
