import { devPlanOf, planFactsOf } from '../../dev-plan/dev-plan-of';
import { softwareTree } from '../../software/software-tree';
import type { DocumentTypeDef } from '../document-type-def';
import { buildDevelopmentPlan, DEVELOPMENT_PLAN_KEY } from './development-plan';
import { DOCUMENT_TYPE_LABELS } from '../../../../shared/documents/type-labels';

export const DEVELOPMENT_PLAN_DEF: DocumentTypeDef = {
  label: DOCUMENT_TYPE_LABELS['sdp'],
  singleton: true,
  // The sections, the class (which decides what is required) and the team all appear in the plan.
  dependsOn: ['dev_plan_step', 'software_item', 'system_classification', 'item_classification', 'user', 'project'],
  keyAndTitle: () => ({ docKey: DEVELOPMENT_PLAN_KEY, title: 'Software development plan', params: {} }),
  gather: (project) => {
    const { facts } = planFactsOf(project);
    return buildDevelopmentPlan({
      productName: facts.productName,
      manufacturer: facts.manufacturer,
      plan: devPlanOf(project),
      systems: softwareTree(project.software),
      team: facts.team,
    });
  },
};
