import type { MethodName } from '../../shared/api/contract';
import type { Step } from './door-scenarios';
import { OWNER } from './team';

// Change requests. Runs after the problem scenarios (PR-1), the requirements ones (REQ 1) and the SOUP
// ones (SOUP 1). CR-1 comes from PR-1 and is approved last; CR-2 is rejected.

const owner = { email: OWNER.email, password: OWNER.password };
const ok = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: true });
const fails = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: false });
const call = (method: MethodName, input: unknown) => ({ method, file: true, as: owner, input });

const SAFETY = 'No new cause; RC-1 stays as it is.';

export const CHANGES_SCENARIOS: Partial<Record<MethodName, Step[]>> = {
  'changes.create': [
    ok(call('changes.create', { title: 'Read the sample rate from the audio device', problemId: 1, targets: [{ type: 'requirement', id: 1 }] })),
    ok(call('changes.create', { title: 'Dark mode', source: 'feedback' })),
    fails(call('changes.create', { title: 'Ghost', targets: [{ type: 'requirement', id: 99 }] })),
  ],
  'changes.list': [ok(call('changes.list', {}))],
  'changes.get': [ok(call('changes.get', { id: 1 })), fails(call('changes.get', { id: 99 }))],
  'changes.update': [ok(call('changes.update', { id: 1, safetyAnalysis: SAFETY, newRiskControls: false })), fails(call('changes.update', { id: 1, safetyAnalysis: SAFETY }))],
  'changes.setTargets': [
    ok(
      call('changes.setTargets', {
        id: 1,
        targets: [
          { type: 'requirement', id: 1 },
          { type: 'soup', id: 1 },
        ],
      }),
    ),
    fails(call('changes.setTargets', { id: 1, targets: [{ type: 'soup', id: 99 }] })),
  ],
  'changes.assessSignificance': [
    ok(call('changes.assessSignificance', { id: 1, region: 'us', answers: { US1: false, US2: true }, rationale: 'Restores the cleared accuracy.' })),
    fails(call('changes.assessSignificance', { id: 1, region: 'eu', answers: {}, rationale: 'Not answered.' })),
    // The product scenarios sell the product in the EU: approval needs its assessment too.
    ok(call('changes.assessSignificance', { id: 1, region: 'eu', answers: { admin: true }, rationale: 'Wording of the sample-rate message only.' })),
  ],
  'changes.setStatus': [ok(call('changes.setStatus', { id: 2, status: 'rejected' })), fails(call('changes.setStatus', { id: 2, status: 'closed' }))],
  'changes.approve': [fails(call('changes.approve', { id: 1, password: 'not-the-password' })), ok(call('changes.approve', { id: 1, password: OWNER.password }))],
};
