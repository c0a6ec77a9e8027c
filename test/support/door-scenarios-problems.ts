import type { MethodName } from '../../shared/api/contract';
import type { Step } from './door-scenarios';
import { OWNER } from './team';

// Problem reports. Runs after the risk scenarios, which leave risk chain 1. PR-1 is made here. The trend
// runs first, on no problems: the CLI door's clock is the real one, so a month in the answer would differ.

const owner = { email: OWNER.email, password: OWNER.password };
const ok = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: true });
const fails = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: false });
const call = (method: MethodName, input: unknown) => ({ method, file: true, as: owner, input });

const INVESTIGATION = 'The phone reports 44.1 kHz but samples the microphone at 48 kHz.';

export const PROBLEMS_SCENARIOS: Partial<Record<MethodName, Step[]>> = {
  'problems.create': [
    ok(call('problems.create', { title: 'FEV1 reads 20 % high on one phone model', criticality: 'high', source: 'customer', foundInVersion: '1.2.0' })),
    fails(call('problems.create', { criticality: 'low' })),
  ],
  'problems.list': [ok(call('problems.list', {}))],
  'problems.get': [ok(call('problems.get', { id: 1 })), fails(call('problems.get', { id: 99 }))],
  'problems.update': [ok(call('problems.update', { id: 1, investigation: INVESTIGATION })), fails(call('problems.update', { id: 1, investigation: INVESTIGATION }))],
  'problems.evaluateRisk': [
    ok(call('problems.evaluateRisk', { id: 1, chainIds: [1], affectsSafety: true, safetyEvaluation: 'A falsely high FEV1 can hide a decline.' })),
    fails(call('problems.evaluateRisk', { id: 1, chainIds: [99], affectsSafety: true, safetyEvaluation: 'x' })),
  ],
  'problems.evaluateAnomaly': [
    ok(call('problems.evaluateAnomaly', { id: 1, anomalyEvaluation: 'Only one model; users are warned in the app.', userMitigation: 'Use the clinic spirometer.' })),
    fails(call('problems.evaluateAnomaly', { id: 99, anomalyEvaluation: 'x' })),
  ],
  'problems.setStatus': [ok(call('problems.setStatus', { id: 1, status: 'investigating' })), fails(call('problems.setStatus', { id: 1, status: 'closed' }))],
  'problems.trend': [ok(call('problems.trend', {}))],
};
