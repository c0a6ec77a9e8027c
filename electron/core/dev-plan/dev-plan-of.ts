import { euUsScope } from '../../../shared/regulatory/markets';
import type { DevPlanView } from '../../../shared/api/dev-plan-types';
import type { PlanFacts } from '../../../shared/dev-plan/plan-facts';
import { devPlanView, type SavedStep } from '../../../shared/dev-plan/plan-view';
import type { DevPlanStepId } from '../../../shared/dev-plan/steps';
import { projectClass, softwareTree } from '../software/software-tree';
import type { OpenProject } from '../projects/open-project';

/** No records yet reads as "not started" rather than "none needed": the draft then leaves counts out. */
const countOrNull = (n: number) => (n > 0 ? n : null);

/** The facts Cairn drafts the plan from, read from the profile, the software tree and the team. */
export function planFactsOf(project: OpenProject): { facts: PlanFacts; classBasis: string } {
  const info = project.project.get();
  const profile = project.profile.get();
  const tree = softwareTree(project.software);
  const { projectClass: cls, classBasis } = projectClass(tree);
  return {
    classBasis,
    facts: {
      productName: info.productName,
      manufacturer: info.manufacturer,
      softwareForm: profile.softwareForm as PlanFacts['softwareForm'],
      hardwareDevice: profile.hardwareDevice,
      markets: euUsScope(profile.markets),
      projectClass: cls,
      systems: tree.map((s) => ({ humanId: s.humanId, name: s.name, safetyClass: s.effectiveClass, classified: s.classSource === 'classified' })),
      team: project.users
        .list()
        .filter((u) => u.active)
        .map((u) => ({ name: u.name, role: u.role })),
      counts: { requirements: countOrNull(project.requirements.count()), soup: countOrNull(project.soup.all(false).length) },
    },
  };
}

/** The development plan as the wizard and the SDP document show it. */
export function devPlanOf(project: OpenProject): DevPlanView {
  const { facts, classBasis } = planFactsOf(project);
  const saved = new Map<DevPlanStepId, SavedStep>(
    project.devPlan.all().map((row) => [
      row.stepId,
      {
        text: row.text,
        generated: row.generated,
        done: row.done,
        revision: row.revision,
        updatedAt: row.updatedAt,
        updatedBy: project.users.byId(row.updatedBy)?.name ?? `user ${row.updatedBy}`,
      },
    ]),
  );
  return devPlanView(saved, facts, classBasis);
}
