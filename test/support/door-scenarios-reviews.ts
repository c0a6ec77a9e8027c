import type { MethodName } from '../../shared/api/contract';
import { questionsFor } from '../../shared/reviews/checklists';
import type { Step } from './door-scenarios';
import { OWNER } from './team';

// Verification records. They run after the product scenarios, which leave system 1 classified C with
// items 2 ("Dose engine", class C) and 3 ("Log viewer", segregated to class A).

const owner = { email: OWNER.email, password: OWNER.password };
const ok = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: true });
const fails = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: false });
const call = (method: MethodName, input: unknown) => ({ method, file: true, as: owner, input });

const yesTo = (kind: 'requirements' | 'unit-verification', unitClass: 'A' | 'C' | null = null) => questionsFor(kind, unitClass).map((q) => ({ question: q.key, answer: 'yes' }));
const password = OWNER.password;
const CHECKS = [
  { check: 'code-review', outcome: 'passed', tool: 'Pull request review' },
  { check: 'coverage', outcome: 'passed', measuredPercent: 92.5, requiredPercent: 90 },
];

export const REVIEWS_SCENARIOS: Partial<Record<MethodName, Step[]>> = {
  'reviews.list': [ok(call('reviews.list', {})), ok(call('reviews.list', { kind: 'unit-verification' }))],
  'reviews.record': [
    fails(call('reviews.record', { kind: 'requirements', answers: yesTo('requirements').slice(1), result: 'passed', password })),
    fails(
      call('reviews.record', { kind: 'requirements', answers: [{ question: 'implements-system', answer: 'no' }, ...yesTo('requirements').slice(1)], result: 'passed', password }),
    ),
    fails(call('reviews.record', { kind: 'requirements', answers: yesTo('requirements'), result: 'passed', password: 'not-the-password' })),
    ok(call('reviews.record', { kind: 'requirements', scope: 'REQ-1 to REQ-3', answers: yesTo('requirements'), result: 'passed', password })),
    fails(
      call('reviews.record', {
        kind: 'unit-verification',
        answers: yesTo('unit-verification', 'A'),
        result: 'passed',
        unit: { unitId: 2, changeRef: 'c0ffee1', checks: CHECKS },
        password,
      }),
    ),
    ok(
      call('reviews.record', {
        kind: 'unit-verification',
        answers: yesTo('unit-verification', 'C'),
        result: 'passed',
        unit: { unitId: 2, changeRef: 'c0ffee1', checks: CHECKS, anomalies: ['None found'] },
        password,
      }),
    ),
    ok(
      call('reviews.record', {
        kind: 'unit-verification',
        answers: yesTo('unit-verification', 'A'),
        result: 'passed',
        unit: { unitId: 3, changeRef: 'PR #7', checks: CHECKS },
        password,
      }),
    ),
  ],
};
