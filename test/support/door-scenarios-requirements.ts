import type { MethodName } from '../../shared/api/contract';
import type { Step } from './door-scenarios';
import { OWNER } from './team';

// Requirements and the verification checklists. They run after the product scenarios, which leave
// system 1 with items 2 ("Dose engine") and 3 ("Log viewer").

const owner = { email: OWNER.email, password: OWNER.password };
const ok = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: true });
const fails = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: false });
const call = (method: MethodName, input: unknown) => ({ method, file: true, as: owner, input });

const ALL_YES = ['implements-system', 'no-contradictions', 'unambiguous', 'testable', 'unique-ids', 'traceable'].map((question) => ({ question, answer: 'yes' }));

export const REQUIREMENTS_SCENARIOS: Partial<Record<MethodName, Step[]>> = {
  'reviews.list': [ok(call('reviews.list', {})), ok(call('reviews.list', { kind: 'architecture' }))],
  'reviews.record': [
    fails(call('reviews.record', { kind: 'requirements', answers: ALL_YES.slice(1), result: 'passed' })),
    fails(call('reviews.record', { kind: 'requirements', answers: [{ question: 'implements-system', answer: 'no' }, ...ALL_YES.slice(1)], result: 'passed' })),
    ok(call('reviews.record', { kind: 'requirements', scope: 'REQ-1 to REQ-3', answers: ALL_YES, result: 'passed' })),
  ],
};
