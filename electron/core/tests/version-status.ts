import type { VersionStatus } from '../../../shared/api/tests-types';
import { countStatuses, latestByCase, propagate } from '../../../shared/tests/propagation';
import type { OpenProject } from '../projects/open-project';
import { verifiesLinks } from './test-case-view';

/**
 * Every requirement and risk control with its state for one version, from the latest result of each case
 * in force. Reads the requirement and risk control tables and their links read-only.
 */
export function versionStatus(project: OpenProject, version: string): VersionStatus {
  const links = verifiesLinks(project);
  const cases = project.tests.cases
    .all()
    .filter((c) => !c.retired)
    .map((c) => {
      const own = links.get(c.id) ?? [];
      return {
        ...c,
        requirementIds: own.filter((l) => l.to.type === 'requirement').map((l) => l.to.id),
        riskControlIds: own.filter((l) => l.to.type === 'risk_control').map((l) => l.to.id),
      };
    });
  const implementing = new Map<number, number[]>();
  for (const l of project.trace.between('risk_control', 'requirement')) implementing.set(l.from.id, [...(implementing.get(l.from.id) ?? []), l.to.id]);
  const { requirements, riskControls } = propagate({
    requirements: project.requirements.all().map((r) => ({ id: r.id, humanId: r.humanId, title: r.title || r.text.slice(0, 120) })),
    riskControls: project.risk.controls.all().map((c) => ({ id: c.id, humanId: c.humanId, title: c.name, requirementIds: implementing.get(c.id) ?? [] })),
    cases,
    outcomes: latestByCase(project.tests.runs.versionResults(version)),
  });
  return { version, requirements, riskControls, counts: { requirements: countStatuses(requirements), riskControls: countStatuses(riskControls) } };
}
