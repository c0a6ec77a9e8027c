import type { TestOutcome, TestsSummary } from '../../../shared/api/tests-types';
import { latestByCase } from '../../../shared/tests/propagation';
import type { OpenProject } from '../projects/open-project';
import { versionStatus } from './version-status';

/** Every case with its latest outcome in each tested version, and each version's per-requirement status. */
export function testsSummary(project: OpenProject): TestsSummary {
  const versions = project.tests.runs.versions();
  const latest = new Map(versions.map((v) => [v, latestByCase(project.tests.runs.versionResults(v))]));
  return {
    versions,
    cases: project.tests.cases.all().map((c) => ({
      id: c.id,
      humanId: c.humanId,
      title: c.title,
      level: c.level,
      automated: c.automated,
      retired: c.retired,
      latest: Object.fromEntries(
        versions.flatMap((v) => {
          const outcome = latest.get(v)?.get(c.id);
          return outcome ? [[v, outcome]] : [];
        }),
      ) as Record<string, TestOutcome>,
    })),
    status: versions.map((v) => versionStatus(project, v)),
  };
}
