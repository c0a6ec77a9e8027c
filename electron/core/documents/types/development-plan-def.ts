import { devPlanOf, planFactsOf } from '../../dev-plan/dev-plan-of';
import { softwareTree } from '../../product/software-tree';
import type { DocumentTypeDef } from '../registry';
import { buildDevelopmentPlan, DEVELOPMENT_PLAN_KEY } from './development-plan';

export const DEVELOPMENT_PLAN_DEF: DocumentTypeDef = {
  label: 'Software development plan',
  singleton: true,
  // The sections, the class (which decides what is required) and the team all appear in the plan.
  dependsOn: ['dev_plan_step', 'software_item', 'system_classification', 'item_classification', 'user', 'project'],
  keyAndTitle: () => ({ docKey: DEVELOPMENT_PLAN_KEY, title: 'Software development plan', params: {} }),
  gather: (project) => {
    const { facts } = planFactsOf(project);
    return buildDevelopmentPlan({ productName: facts.productName, manufacturer: facts.manufacturer, plan: devPlanOf(project), systems: softwareTree(project.software), team: facts.team });
  },
};
