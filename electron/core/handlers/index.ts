import type { Handlers } from '../context';
import { defineHandlers } from './define-handlers';
import { demoHandlers } from '../demo/demo-project';
import { appHandlers } from './app-handlers';
import { architectureHandlers } from './architecture-handlers';
import { devPlanHandlers } from './dev-plan-handlers';
import { auditHandlers } from './audit-handlers';
import { documentsHandlers } from './documents-handlers';
import { exportHandlers } from './export-handlers';
import { keysHandlers } from './keys-handlers';
import { classificationHandlers } from './classification-handlers';
import { planHandlers } from './plan-handlers';
import { productHandlers } from './product-handlers';
import { qmsHandlers } from './qms-handlers';
import { qmsRecordHandlers } from './qms-records-handlers';
import { releaseApprovalHandlers } from './release-approval-handlers';
import { releaseHandlers } from './release-handlers';
import { requirementsHandlers } from './requirements-handlers';
import { requirementsImportHandlers } from './requirements-import-handlers';
import { reviewsHandlers } from './reviews-handlers';
import { riskChainHandlers } from './risk-chain-handlers';
import { riskControlHandlers } from './risk-control-handlers';
import { riskImportHandlers } from './risk-import-handlers';
import { riskPlanHandlers } from './risk-plan-handlers';
import { softwareHandlers } from './software-handlers';
import { soupHandlers } from './soup-handlers';
import { soupImportHandlers } from './soup-import-handlers';
import { junitHandlers } from './junit-handlers';
import { testCaseHandlers } from './test-case-handlers';
import { testRunHandlers } from './test-run-handlers';
import { traceHandlers } from './trace-handlers';
import { projectHandlers } from './project-handlers';
import { sessionHandlers } from './session-handlers';
import { usersHandlers } from './users-handlers';
import { problemsHandlers } from './problems-handlers';
import { changesHandlers } from './changes-handlers';
import { walkHandlers } from './walk-handlers';
import { checkHandlers } from './check-handlers';
import { technicalFileHandlers } from './technical-file-handlers';

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
) satisfies Handlers;
