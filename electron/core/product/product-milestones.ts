import type { Milestone } from '../../../shared/api/types';
import type { OpenProject } from '../projects/open-project';
import { compliancePlan } from '../plan/compliance-plan';
import { profileOf } from './profile-view';
import { softwareTree } from '../software/software-tree';

/** The dashboard's lines for the product profile, the classification and the compliance plan. */
export function productMilestones(project: OpenProject): Milestone[] {
  const profile = profileOf(project);
  const systems = softwareTree(project.software);
  const unclassified = systems.filter((s) => s.classSource === 'unclassified');
  const plan = compliancePlan(project);
  return [
    {
      key: 'profile',
      label: 'Product profile written',
      done: profile.missing.length === 0,
      detail: profile.missing.length === 0 ? 'Intended purpose, users, population, environment and markets recorded' : `Still missing: ${profile.missing.join(', ')}`,
    },
    {
      key: 'classification',
      label: 'Software safety classification',
      done: systems.length > 0 && unclassified.length === 0,
      detail:
        systems.length === 0
          ? 'No software system defined yet; everything counts as class C until one is classified'
          : unclassified.length === 0
            ? `${systems.length} system${systems.length === 1 ? '' : 's'} classified; the project follows class ${plan.projectClass}`
            : `${unclassified.length} of ${systems.length} systems not classified yet (treated as class C)`,
    },
    {
      key: 'plan',
      label: 'IEC 62304 compliance plan',
      done: plan.overall.applicable > 0 && plan.overall.done === plan.overall.applicable,
      detail: `${plan.overall.done} of ${plan.overall.applicable} clauses required for class ${plan.projectClass} done`,
    },
  ];
}
