import type { TestCase } from '../../../../shared/api/tests-types';
import { TEST_LEVELS } from '../../../../shared/api/tests-types';
import type { Block, ContentSection, DocumentContent } from '../../../../shared/documents/content';
import { recordRef } from '../canonical';

export const TEST_PLAN_KEY = 'TEST-PLAN';

export interface TestPlanInput {
  productName: string;
  cases: TestCase[];
  /** Every requirement, to show which no case in force verifies yet. */
  requirements: { humanId: string; title: string }[];
}

const LEVEL_TITLES = { system: 'System tests (5.7)', integration: 'Integration tests (5.6)', unit: 'Unit tests (5.5.5)' } as const;
const or = (text: string) => text.trim() || '—';

function caseSection(c: TestCase): ContentSection {
  const verifies = [...c.requirements, ...c.riskControls].map((r) => `${r.humanId} ${r.title}`).join('\n');
  const blocks: Block[] = [
    {
      kind: 'keyValue',
      rows: [
        ['Verifies', verifies || '—'],
        ['Execution', c.automated ? 'Automated; results are imported from the test runner' : 'Manual, step by step'],
        ['Objective', or(c.objective)],
        ['Preconditions', or(c.preconditions)],
        ['Pass criteria', or(c.passCriteria)],
      ],
    },
  ];
  if (c.steps.length) {
    blocks.push({
      kind: 'table',
      columns: [
        { header: '#', width: 5 },
        { header: 'Action', width: 50 },
        { header: 'Expected result', width: 45 },
      ],
      rows: c.steps.map((s) => [String(s.position), s.action, s.expected]),
    });
  }
  return { heading: `${c.humanId} ${c.title}`, blocks };
}

/**
 * The Software System Test Plan (IEC 62304 5.7.1, with 5.5.5 and 5.6 for the other levels): every case in
 * force with what it verifies, its preconditions, steps and expected results, and pass criteria. It holds
 * no results — those are in the test report — so the steps are fixed before anyone executes them.
 */
export function buildTestPlan(input: TestPlanInput): DocumentContent {
  const inForce = input.cases.filter((c) => !c.retired);
  const verified = new Set(inForce.flatMap((c) => c.requirements.map((r) => r.humanId)));
  const uncovered = input.requirements.filter((r) => !verified.has(r.humanId));
  const byLevel = TEST_LEVELS.map((level) => ({ level, cases: inForce.filter((c) => c.level === level) })).filter((g) => g.cases.length > 0);
  byLevel.sort((a, b) => TEST_LEVELS.indexOf(b.level) - TEST_LEVELS.indexOf(a.level));
  return {
    docKey: TEST_PLAN_KEY,
    title: 'Software system test plan',
    orientation: 'portrait',
    purpose: `This plan states how ${input.productName} is tested: each test case with the requirements and risk controls it verifies, its inputs and steps, the result expected at each step and when the case passes. Results are recorded separately, per software version, in the test report.`,
    sections: [
      {
        heading: 'Overview',
        blocks: [
          {
            kind: 'keyValue',
            rows: [
              ['Test cases in force', String(inForce.length)],
              ...byLevel.map(({ level, cases }): [string, string] => [LEVEL_TITLES[level], String(cases.length)]),
              ['Executed manually / automated', `${inForce.filter((c) => !c.automated).length} / ${inForce.filter((c) => c.automated).length}`],
              ['Requirements verified by at least one case', `${input.requirements.length - uncovered.length} of ${input.requirements.length}`],
            ],
          },
          {
            kind: 'paragraph',
            text: 'Manual cases are executed step by step in Cairn; the tester records each step as passed, failed or blocked with the actual result, and signs the run when it is complete. Automated cases run in the test runner and their JUnit results are imported against the software version tested. A case passes only when every step met its expected result; any failed step fails the case and is raised as an anomaly.',
          },
        ],
      },
      ...byLevel.map(({ level, cases }) => ({ heading: LEVEL_TITLES[level], blocks: [] as Block[], subsections: cases.map(caseSection) })),
      {
        heading: 'Requirements without a test case',
        blocks: uncovered.length
          ? [
              {
                kind: 'paragraph',
                text: 'These requirements are verified by no case in force. Each needs a case here, or its verification by another method recorded with the requirement (5.7.4).',
              },
              {
                kind: 'table',
                columns: [
                  { header: 'Requirement', width: 20 },
                  { header: 'Title', width: 80 },
                ],
                rows: uncovered.map((r) => [r.humanId, r.title]),
              },
            ]
          : [{ kind: 'paragraph', text: 'Every requirement is verified by at least one case in force.' }],
      },
    ],
    records: inForce.map((c) =>
      recordRef(`test_case:${c.humanId}`, 'test_case', `${c.humanId} ${c.title}`, {
        ...c,
        requirements: c.requirements.map((r) => r.humanId),
        riskControls: c.riskControls.map((r) => r.humanId),
      }),
    ),
  };
}
