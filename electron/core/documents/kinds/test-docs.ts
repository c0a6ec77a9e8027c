import type { VersionStatus } from '../../../../shared/api/tests-types';
import { scopeToBaseline } from '../../../../shared/tests/baseline-scope';
import type { OpenProject } from '../../projects/open-project';
import { versionStatus } from '../../tests/version-status';
import { runResults, toRunSummaries } from '../../tests/run-view';
import { toTestCases } from '../../tests/test-case-view';
import type { DocumentTypeDef } from '../document-type-def';
import { buildTestPlan, TEST_PLAN_KEY } from './test-plan';
import { buildTestReport, testReportKey } from './test-report';
import { DOCUMENT_TYPE_LABELS } from '../../../../shared/documents/type-labels';

/** Audit entities whose changes can alter the test documents: cases, their links, runs and what they verify. */
const TEST_RECORDS = ['test_case', 'test_run', 'trace_link', 'requirement', 'risk_control'];

export const TEST_PLAN_DEF: DocumentTypeDef = {
  label: DOCUMENT_TYPE_LABELS['test-plan'],
  singleton: true,
  dependsOn: TEST_RECORDS,
  keyAndTitle: () => ({ docKey: TEST_PLAN_KEY, title: 'Software system test plan', params: {} }),
  gather: (project) =>
    buildTestPlan({
      productName: project.project.get().productName,
      cases: toTestCases(project, project.tests.cases.all()),
      requirements: project.requirements.all().map((r) => ({ humanId: r.humanId, title: r.title || r.text })),
    }),
};

/** The version's status; for a released version, only over the requirements and controls it was released with. */
function reportedStatus(project: OpenProject, version: string): VersionStatus {
  const status = versionStatus(project, version);
  const release = project.releases.byVersion(version);
  if (release?.status !== 'released') return status;
  const items = project.releases.baseline(release.id);
  const keys = (type: string) => new Set(items.filter((i) => i.itemType === type).map((i) => i.itemKey));
  return scopeToBaseline(status, { requirements: keys('requirement'), riskControls: keys('risk_control') });
}

export const TEST_REPORT_DEF: DocumentTypeDef = {
  label: DOCUMENT_TYPE_LABELS['test-report'],
  singleton: false,
  // A release freezes the baseline the report of that version is scoped to.
  dependsOn: [...TEST_RECORDS, 'software_release'],
  keyAndTitle: (input) => {
    const version = input.type === 'test-report' ? input.version : '';
    return { docKey: testReportKey(version), title: `Software test report, version ${version}`, params: { softwareVersion: version } };
  },
  gather: (project, doc) => {
    const version = typeof doc.params.softwareVersion === 'string' ? doc.params.softwareVersion : '';
    const rows = project.tests.runs.list(version).reverse();
    const summaries = toRunSummaries(project, rows);
    return buildTestReport({
      productName: project.project.get().productName,
      version,
      runs: rows.map((row, i) => ({
        run: summaries[i] as (typeof summaries)[number],
        results: runResults(project, row),
        signatures: project.recordSignatures.of('test_run', row.id),
      })),
      status: reportedStatus(project, version),
    });
  },
};
