import type { TestResultView, TestRunSummary, VerificationRow, VersionStatus } from '../../../../shared/api/tests-types';
import { VERIFICATION_STATUSES } from '../../../../shared/api/tests-types';
import type { Block, DocumentContent } from '../../../../shared/documents/content';
import { recordRef } from '../canonical';
import { plural } from '../../../../shared/domain/words';

export const testReportKey = (version: string) => `TEST-REPORT-${version}`;

export interface ReportRun {
  run: TestRunSummary;
  results: TestResultView[];
  signatures: { signerName: string; signerRole: string; meaning: string; signedAt: string }[];
}

export interface TestReportInput {
  productName: string;
  version: string;
  runs: ReportRun[];
  status: VersionStatus;
}

const day = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '—');
const or = (text: string) => text.trim() || '—';
/** Stack traces can run to pages; the report keeps their opening, the project file keeps them whole. */
const clip = (text: string, max = 400) => (text.length > max ? `${text.slice(0, max)}…` : text);

function resultText(r: TestResultView): string {
  const steps = r.steps.filter((s) => s.outcome && s.outcome !== 'passed').map((s) => `Step ${s.position} ${s.outcome}: ${s.actual || 'no actual result given'}`);
  return clip([r.message, ...steps, r.steps.length ? '' : r.actual].filter(Boolean).join('\n')) || '—';
}

const statusRows = (rows: VerificationRow[]) =>
  rows.map((r) => [r.humanId, r.title, r.status.replace('-', ' '), r.tests.map((t) => `${t.humanId} ${t.outcome}`).join(', ') || '—']);
const STATUS_COLUMNS = [
  { header: 'ID', width: 10 },
  { header: 'Title', width: 45 },
  { header: 'Status', width: 10 },
  { header: 'Tests (latest result)', width: 35 },
];
const counts = (c: Record<(typeof VERIFICATION_STATUSES)[number], number>) => VERIFICATION_STATUSES.map((s) => `${c[s]} ${s.replace('-', ' ')}`).join(', ');

/**
 * The software test report for one version (IEC 62304 5.6.7, 5.7.5): each run with the version, test
 * configuration, tools, dates and testers; every result; the anomalies found; and the state each
 * requirement and risk control takes from its tests (5.7.4). Wide tables, so landscape.
 */
export function buildTestReport(input: TestReportInput): DocumentContent {
  const results = input.runs.flatMap(({ run, results: rs }) => rs.map((r) => ({ run, r })));
  const anomalies = results.filter(({ r }) => r.outcome === 'failed' || r.outcome === 'error' || r.outcome === 'blocked');
  const unmapped = results.filter(({ r }) => r.testCaseId === null);
  const runBlocks: Block[] = [
    {
      kind: 'table',
      columns: [
        { header: 'Run', width: 8 },
        { header: 'Source', width: 12 },
        { header: 'Dates', width: 14 },
        { header: 'Executed and recorded by', width: 16 },
        { header: 'Test configuration', width: 20 },
        { header: 'Tools', width: 16 },
        { header: 'Results', width: 14 },
      ],
      rows: input.runs.map(({ run, signatures }) => [
        `${run.humanId}${run.title && run.title !== run.fileName ? `\n${run.title}` : ''}`,
        run.source === 'junit' ? `JUnit ${run.fileName ?? ''}\nSHA-256 ${run.fileSha256?.slice(0, 12) ?? ''}…` : 'Manual',
        `${day(run.startedAt)}\nto ${day(run.completedAt)}`,
        [run.startedByName, ...signatures.map((s) => `signed "${s.meaning}" by ${s.signerName} (${s.signerRole}) ${day(s.signedAt)}`)].join('\n'),
        or(run.environment),
        or(run.tools),
        `${run.counts.passed} passed, ${run.counts.failed + run.counts.error} failed, ${run.counts.blocked} blocked, ${run.counts.skipped} skipped, ${run.counts['not-run']} not run`,
      ]),
      emptyText: `No run of version ${input.version} is recorded.`,
    },
  ];
  return {
    docKey: testReportKey(input.version),
    title: `Software test report, version ${input.version}`,
    orientation: 'landscape',
    purpose: `This report records how version ${input.version} of ${input.productName} was tested: the runs with their configuration, tools, dates and testers, the result of every test, the anomalies found, and whether each requirement and risk control is shown to be met.`,
    sections: [
      {
        heading: 'Summary',
        blocks: [
          {
            kind: 'keyValue',
            rows: [
              ['Software version tested', input.version],
              ['Runs', String(input.runs.length)],
              ['Results', String(results.length)],
              ['Anomalies (failed, error or blocked)', String(anomalies.length)],
              ['Requirements', counts(input.status.counts.requirements)],
              ['Risk controls', counts(input.status.counts.riskControls)],
            ],
          },
          {
            kind: 'paragraph',
            text: 'A requirement passes when the latest result of every case verifying it passed; any failure or error fails it, a blocked case blocks it, and a case without a result leaves it not run. A risk control takes the results of its own cases and of the cases of every requirement implementing it.',
          },
        ],
      },
      { heading: 'Test runs (5.7.5)', blocks: runBlocks },
      {
        heading: 'Results per requirement and risk control (5.7.4)',
        blocks: [
          { kind: 'table', columns: STATUS_COLUMNS, rows: statusRows(input.status.requirements), emptyText: 'No requirement is recorded.' },
          ...(input.status.riskControls.length ? [{ kind: 'table', columns: STATUS_COLUMNS, rows: statusRows(input.status.riskControls) } as Block] : []),
        ],
      },
      {
        heading: 'Anomalies',
        blocks: anomalies.length
          ? [
              { kind: 'paragraph', text: 'Each anomaly below is to be handled through problem resolution (clause 9) before release.' },
              {
                kind: 'table',
                columns: [
                  { header: 'Run', width: 8 },
                  { header: 'Test', width: 30 },
                  { header: 'Outcome', width: 8 },
                  { header: 'What happened', width: 54 },
                ],
                rows: anomalies.map(({ run, r }) => [run.humanId, r.caseHumanId ? `${r.caseHumanId} ${r.caseTitle ?? ''}` : (r.junitName ?? ''), r.outcome, resultText(r)]),
              },
            ]
          : [{ kind: 'paragraph', text: 'No test failed, broke or was blocked.' }],
      },
      {
        heading: 'All results',
        blocks: [
          ...(unmapped.length
            ? [
                {
                  kind: 'paragraph',
                  text: `${plural(unmapped.length, 'imported result')} ${unmapped.length === 1 ? 'is' : 'are'} linked to no test case; ${unmapped.length === 1 ? 'it is' : 'they are'} listed by ${unmapped.length === 1 ? 'its' : 'their'} test name and count${unmapped.length === 1 ? 's' : ''} for no requirement.`,
                } as Block,
              ]
            : []),
          {
            kind: 'table',
            columns: [
              { header: 'Run', width: 7 },
              { header: 'Test', width: 33 },
              { header: 'Outcome', width: 8 },
              { header: 'Executed', width: 16 },
              { header: 'Actual result or message', width: 36 },
            ],
            rows: results.map(({ run, r }) => [
              run.humanId,
              r.caseHumanId ? `${r.caseHumanId} ${r.caseTitle ?? ''}` : (r.junitName ?? ''),
              r.outcome,
              r.executedByName ? `${r.executedByName}\n${day(r.executedAt)}` : '—',
              r.steps.length ? r.steps.map((s) => `${s.position}: ${s.outcome ?? 'not run'}${s.actual ? ` — ${s.actual}` : ''}`).join('\n') : resultText(r),
            ]),
            emptyText: 'No result is recorded.',
          },
        ],
      },
    ],
    records: input.runs.map(({ run, results: rs }) =>
      recordRef(`test_run:${run.humanId}`, 'test_run', `${run.humanId} ${run.softwareVersion}`, {
        run,
        results: rs.map((r) => [r.caseHumanId, r.junitName, r.outcome, r.actual, r.message, r.steps]),
      }),
    ),
  };
}
