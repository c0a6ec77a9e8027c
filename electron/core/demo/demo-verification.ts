import type { InputOf } from '../../../shared/api/contract';
import type { SoftwareNode } from '../../../shared/api/software-types';
import { questionsFor } from '../../../shared/reviews/checklists';
import type { UnitCheck } from '../../../shared/reviews/unit-checks';
import type { HandlerContext } from '../context';
import { allNodes } from '../classification/classification-history';
import { DEMO_PASSWORD } from './demo-content';
import { member, signInAs } from './demo-documents';

type UnitRecord = Omit<InputOf<'reviews.record'>, 'kind' | 'answers' | 'password' | 'unit'> & {
  unitName: string;
  unit: Omit<NonNullable<InputOf<'reviews.record'>['unit']>, 'unitId'>;
  /** Answers other than a plain "yes", by question key. */
  exceptions: Record<string, { answer: 'no' | 'not-applicable'; note: string }>;
};

const check = (kind: UnitCheck['check'], outcome: UnitCheck['outcome'], tool: string, detail: string): UnitCheck => ({ check: kind, outcome, tool, detail, measuredPercent: null, requiredPercent: null });

/**
 * Two unit verifications (5.5.5) of the measurement item's units, as the reviewer records them on each
 * merged pull request: the FEV1/FVC calculator passed cleanly; the acceptability checker passed with an
 * obligation because its coverage is short of the plan's 90 % threshold.
 */
const UNIT_RECORDS: UnitRecord[] = [
  {
    unitName: 'FEV1/FVC calculator',
    scope: 'Code review of the FEV1/FVC calculator for release 1.0: back-extrapolation and BTPS correction',
    result: 'passed',
    findings: '',
    exceptions: {},
    unit: {
      changeRef: 'PR #142, merge commit 9c3e7d1',
      checks: [
        check('code-review', 'passed', 'Pull request review by Sofia Lindqvist', 'Two comments on naming, both resolved before merge.'),
        check('static-analysis', 'passed', 'ESLint 9 (house rules) and TypeScript strict', '0 errors, 0 warnings.'),
        check('unit-tests', 'passed', 'Vitest 4.1', '64 of 64 passed, including the 24 ATS/ERS reference waveforms within ±3 %.'),
        { ...check('coverage', 'passed', 'Vitest branch coverage (v8)', ''), measuredPercent: 96.4, requiredPercent: 90 },
      ],
      anomalies: [],
    },
  },
  {
    unitName: 'Acceptability checker',
    scope: 'Code review of the acceptability checker: end-of-test and back-extrapolated volume criteria',
    result: 'passed-with-obligations',
    findings: 'Branch coverage is 87.2 % against the 90 % the plan requires: the back-extrapolated volume rule has no test exactly at its 5 % of FVC limit. Add the boundary tests before the release candidate and record a new verification.',
    exceptions: { 'criteria-met': { answer: 'no', note: 'Coverage 87.2 %, below the 90 % threshold.' } },
    unit: {
      changeRef: 'PR #157, merge commit 4b1f0a8',
      checks: [
        check('code-review', 'passed', 'Pull request review by Sofia Lindqvist', 'Approved with the coverage obligation.'),
        check('static-analysis', 'passed', 'ESLint 9 (house rules) and TypeScript strict', '0 errors, 1 warning justified in code.'),
        check('unit-tests', 'passed', 'Vitest 4.1', '41 of 41 passed.'),
        { ...check('coverage', 'failed', 'Vitest branch coverage (v8)', 'Boundary of the back-extrapolation rule not covered.'), measuredPercent: 87.2, requiredPercent: 90 },
      ],
      anomalies: ['Back-extrapolated volume rule untested at exactly 5 % of FVC'],
    },
  },
];

/** The reviewer records and signs the unit verifications, then hands the session back to the author. */
export async function buildDemoVerification(ctx: HandlerContext): Promise<void> {
  const nodes = allNodes(await ctx.call('software.tree', {}));
  const byName = (name: string): SoftwareNode => {
    const node = nodes.find((n) => n.name === name);
    if (!node) throw new Error(`The demo has no software unit "${name}".`);
    return node;
  };
  await signInAs(ctx, member('reviewer').email);
  for (const { unitName, exceptions, unit, ...record } of UNIT_RECORDS) {
    const node = byName(unitName);
    const answers = questionsFor('unit-verification', node.effectiveClass).map((q) => ({ question: q.key, answer: 'yes' as const, note: '', ...exceptions[q.key] }));
    await ctx.call('reviews.record', { ...record, kind: 'unit-verification', answers, unit: { ...unit, unitId: node.id }, password: DEMO_PASSWORD });
  }
  await signInAs(ctx, member('author').email);
}
