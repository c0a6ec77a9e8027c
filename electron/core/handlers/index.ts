import type { Handlers } from '../context';
import { defineHandlers } from './define-handlers';
import { appHandlers } from './app-handlers';
import { recentHandlers } from './recent-handlers';
import { demoHandlers } from './project/demo-handlers';
import { projectFilesHandlers } from './project/files-handlers';
import { projectSummaryHandlers } from './project/summary-handlers';
import { sessionHandlers } from './session-handlers';
import { usersHandlers } from './users-handlers';
import { auditHandlers } from './audit-handlers';
import { exportHandlers } from './documents/export-handlers';
import { documentsHandlers } from './documents/lifecycle-handlers';
import { jobsHandlers } from './jobs-handlers';
import { keysHandlers } from './keys-handlers';
import { trustHandlers } from './trust-handlers';
import { productHandlers } from './product-handlers';
import { softwareHandlers } from './software-handlers';
import { classificationHandlers } from './classification-handlers';
import { planHandlers } from './plan-handlers';
import { regulatoryHandlers } from './regulatory-handlers';
import { devPlanHandlers } from './dev-plan-handlers';
import { reviewsHandlers } from './reviews-handlers';
import { requirementsImportHandlers } from './requirements/import-handlers';
import { requirementsHandlers } from './requirements/records-handlers';
import { architectureHandlers } from './architecture-handlers';
import { soupImportHandlers } from './soup/import-handlers';
import { soupHandlers } from './soup/records-handlers';
import { riskChainHandlers } from './risk/chain-handlers';
import { riskControlHandlers } from './risk/control-handlers';
import { riskImportHandlers } from './risk/import-handlers';
import { riskPlanHandlers } from './risk/plan-handlers';
import { traceHandlers } from './trace-handlers';
import { qmsHandlers } from './qms/procedures-handlers';
import { qmsRecordHandlers } from './qms/records-handlers';
import { testCaseHandlers } from './tests/cases-handlers';
import { junitHandlers } from './tests/junit-handlers';
import { testRunHandlers } from './tests/runs-handlers';
import { releaseApprovalHandlers } from './releases/approval-handlers';
import { releaseHandlers } from './releases/versions-handlers';
import { problemsHandlers } from './problems-handlers';
import { changesHandlers } from './changes-handlers';
import { walkHandlers } from './walk-handlers';
import { checkHandlers } from './check-handlers';
import { technicalFileHandlers } from './technical-file-handlers';
import { validationHandlers } from './validation-handlers';

/** Every method of the contract, each implemented once: `satisfies` makes a missing one a type error, `defineHandlers` a second one a start-up error. */
export const handlers = defineHandlers(
  appHandlers,
  recentHandlers,
  demoHandlers,
  projectFilesHandlers,
  projectSummaryHandlers,
  sessionHandlers,
  usersHandlers,
  auditHandlers,
  exportHandlers,
  documentsHandlers,
  jobsHandlers,
  keysHandlers,
  trustHandlers,
  productHandlers,
  softwareHandlers,
  classificationHandlers,
  planHandlers,
  regulatoryHandlers,
  devPlanHandlers,
  reviewsHandlers,
  requirementsImportHandlers,
  requirementsHandlers,
  architectureHandlers,
  soupImportHandlers,
  soupHandlers,
  riskChainHandlers,
  riskControlHandlers,
  riskImportHandlers,
  riskPlanHandlers,
  traceHandlers,
  qmsHandlers,
  qmsRecordHandlers,
  testCaseHandlers,
  junitHandlers,
  testRunHandlers,
  releaseApprovalHandlers,
  releaseHandlers,
  problemsHandlers,
  changesHandlers,
  walkHandlers,
  checkHandlers,
  technicalFileHandlers,
  validationHandlers,
) satisfies Handlers;
