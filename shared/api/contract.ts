import type { z } from 'zod';
import { architectureMethods } from './methods/architecture';
import { documentMethods } from './methods/documents';
import { devPlanMethods } from './methods/dev-plan';
import { foundationMethods } from './methods/foundation';
import { productMethods } from './methods/product';
import { qmsMethods } from './methods/qms';
import { releaseMethods } from './methods/releases';
import { requirementMethods } from './methods/requirements';
import { reviewMethods } from './methods/reviews';
import { soupMethods } from './methods/soup';
import { riskMethods } from './methods/risk';
import { testMethods } from './methods/tests';
import { traceMethods } from './methods/trace';
import { problemMethods } from './methods/problems';
import { changeMethods } from './methods/changes';
import { walkMethods } from './methods/walk';
import { checkMethods } from './methods/check';
import { technicalFileMethods } from './methods/technical-file';

export { AUDIT_SORT_COLUMNS } from './methods/foundation';
export type { Access, MethodDef, MethodKind } from './method';

/**
 * The one API table: method name → input schema, kind, access and output type. Every door validates
 * against it; the renderer and the CLI are typed by it. Areas add their methods in `methods/`.
 */
export const contract = { ...foundationMethods, ...documentMethods, ...productMethods, ...devPlanMethods, ...reviewMethods, ...requirementMethods, ...architectureMethods, ...soupMethods, ...riskMethods, ...traceMethods, ...qmsMethods, ...testMethods, ...releaseMethods, ...problemMethods, ...changeMethods, ...walkMethods, ...checkMethods, ...technicalFileMethods } as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = NonNullable<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
