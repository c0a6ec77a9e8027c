import type { z } from 'zod';
import { appMethods } from './methods/app';
import { architectureMethods } from './methods/architecture';
import { auditMethods } from './methods/audit';
import { changeMethods } from './methods/changes';
import { checkMethods } from './methods/check';
import { classificationMethods } from './methods/classification';
import { devPlanMethods } from './methods/dev-plan';
import { documentMethods } from './methods/documents';
import { jobsMethods } from './methods/jobs';
import { keysMethods } from './methods/keys';
import { planMethods } from './methods/plan';
import { problemMethods } from './methods/problems';
import { productMethods } from './methods/product';
import { projectMethods } from './methods/project';
import { qmsMethods } from './methods/qms';
import { recentMethods } from './methods/recent';
import { regulatoryMethods } from './methods/regulatory';
import { releaseMethods } from './methods/releases';
import { requirementMethods } from './methods/requirements';
import { reviewMethods } from './methods/reviews';
import { riskMethods } from './methods/risk';
import { sessionMethods } from './methods/session';
import { softwareMethods } from './methods/software';
import { soupMethods } from './methods/soup';
import { technicalFileMethods } from './methods/technical-file';
import { testMethods } from './methods/tests';
import { traceMethods } from './methods/trace';
import { trustMethods } from './methods/trust';
import { usersMethods } from './methods/users';
import { validationMethods } from './methods/validation';
import { walkMethods } from './methods/walk';

export { AUDIT_SORT_COLUMNS } from './methods/audit';
export type { Access, MethodDef, MethodKind } from './method';

/**
 * The one API table: method name → input schema, kind, access and output type. Every door validates
 * against it; the renderer and the CLI are typed by it. Each method prefix has its own file in `methods/`;
 * the order here is the order of `cairn api --help` and of the three-door test's script.
 */
export const contract = {
  ...appMethods,
  ...recentMethods,
  ...projectMethods,
  ...sessionMethods,
  ...usersMethods,
  ...auditMethods,
  ...documentMethods,
  ...jobsMethods,
  ...keysMethods,
  ...trustMethods,
  ...productMethods,
  ...softwareMethods,
  ...classificationMethods,
  ...planMethods,
  ...regulatoryMethods,
  ...devPlanMethods,
  ...reviewMethods,
  ...requirementMethods,
  ...architectureMethods,
  ...soupMethods,
  ...riskMethods,
  ...traceMethods,
  ...qmsMethods,
  ...testMethods,
  ...releaseMethods,
  ...problemMethods,
  ...changeMethods,
  ...walkMethods,
  ...checkMethods,
  ...technicalFileMethods,
  ...validationMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = NonNullable<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
