import type { MethodName } from '../../shared/api/contract';
import type { Step } from './door-scenarios';
import { OWNER, REVIEWER } from './team';

// The development plan wizard. Runs after the product scenarios, which classify system 1 as class C, and
// after the users scenarios, which make the reviewer an approver with a new password.

const owner = { email: OWNER.email, password: OWNER.password };
const approver = { email: REVIEWER.email, password: 'reviewer-password-2' };
const ok = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: true });
const fails = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: false });
const call = (method: MethodName, input: unknown, as: { email: string; password: string } = owner) => ({ method, file: true, as, input });

export const DEV_PLAN_SCENARIOS: Partial<Record<MethodName, Step[]>> = {
  'devPlan.get': [ok(call('devPlan.get', {}, approver))],
  'devPlan.updateStep': [
    ok(call('devPlan.updateStep', { stepId: 'lifecycle', text: 'Two-week increments; “design review” at each end — naïve résumé test.' })),
    fails(call('devPlan.updateStep', { stepId: 'lifecycle', text: 'Two-week increments; “design review” at each end — naïve résumé test.' })),
    fails(call('devPlan.updateStep', { stepId: 'lifecycle', text: 'An approver may not write it.' }, approver)),
    fails(call('devPlan.updateStep', { stepId: 'chapter-99', text: 'No such step.' })),
  ],
  'devPlan.resetStep': [ok(call('devPlan.resetStep', { stepId: 'team' })), fails(call('devPlan.resetStep', { stepId: 'team' }))],
  'devPlan.markDone': [
    fails(call('devPlan.markDone', { stepIds: ['maintenance'], done: true })),
    ok(call('devPlan.markDone', { stepIds: ['team', 'lifecycle'], done: true })),
    ok(call('devPlan.markDone', { stepIds: ['lifecycle'], done: false })),
  ],
};
