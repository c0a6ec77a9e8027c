import type { Handlers } from '../context';
import { defineHandlers } from './define-handlers';
import { demoHandlers } from '../demo/demo-project';
import { appHandlers } from './app-handlers';
import { architectureHandlers } from './architecture-handlers';
import { devPlanHandlers } from './dev-plan-handlers';
import { auditHandlers } from './audit-handlers';
import { documentsHandlers } from './documents/lifecycle-handlers';
import { exportHandlers } from './documents/export-handlers';
import { keysHandlers } from './keys-handlers';
import { classificationHandlers } from './classification-handlers';
import { planHandlers } from './plan-handlers';
import { productHandlers } from './product-handlers';
import { qmsHandlers } from './qms/procedures-handlers';
import { qmsRecordHandlers } from './qms/records-handlers';
import { releaseApprovalHandlers } from './releases/approval-handlers';
import { releaseHandlers } from './releases/versions-handlers';
import { requirementsHandlers } from './requirements/records-handlers';
import { requirementsImportHandlers } from './requirements/import-handlers';
import { reviewsHandlers } from './reviews-handlers';
import { riskChainHandlers } from './risk/chain-handlers';
import { riskControlHandlers } from './risk/control-handlers';
import { riskImportHandlers } from './risk/import-handlers';
import { riskPlanHandlers } from './risk/plan-handlers';
import { softwareHandlers } from './software-handlers';
import { soupHandlers } from './soup/records-handlers';
import { soupImportHandlers } from './soup/import-handlers';
import { junitHandlers } from './tests/junit-handlers';
import { testCaseHandlers } from './tests/cases-handlers';
import { testRunHandlers } from './tests/runs-handlers';
import { traceHandlers } from './trace-handlers';
import { projectHandlers } from './project/summary-handlers';
import { sessionHandlers } from './session-handlers';
import { usersHandlers } from './users-handlers';
import { problemsHandlers } from './problems-handlers';
import { changesHandlers } from './changes-handlers';
import { walkHandlers } from './walk-handlers';
import { checkHandlers } from './check-handlers';
import { technicalFileHandlers } from './technical-file-handlers';
import { validationHandlers } from './validation-handlers';

/** Every method of the contract, each implemented once: `satisfies` makes a missing one a type error, `defineHandlers` a second one a start-up error. */
export const handlers = defineHandlers(
  appHandlers,
  sessionHandlers,
  demoHandlers,
  projectHandlers,
  usersHandlers,
  auditHandlers,
  documentsHandlers,
  exportHandlers,
  keysHandlers,
  productHandlers,
  softwareHandlers,
  classificationHandlers,
  planHandlers,
  devPlanHandlers,
  traceHandlers,
  reviewsHandlers,
  requirementsHandlers,
  requirementsImportHandlers,
  architectureHandlers,
  soupHandlers,
  soupImportHandlers,
  riskPlanHandlers,
  riskChainHandlers,
  riskControlHandlers,
  riskImportHandlers,
  qmsHandlers,
  qmsRecordHandlers,
  testCaseHandlers,
  testRunHandlers,
  junitHandlers,
  problemsHandlers,
  changesHandlers,
  releaseHandlers,
  releaseApprovalHandlers,
  walkHandlers,
  checkHandlers,
  technicalFileHandlers,
  validationHandlers,
) satisfies Handlers;
