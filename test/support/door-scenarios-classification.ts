import type { MethodName } from '../../shared/api/contract';
import type { Step } from './door-scenarios';
import { OWNER } from './team';

// The classification wizard's view of the risk file. It runs with the product scenarios, before the risk
// ones, so the file is still empty here: system 1 exists, item 2 is an item; the risk scenarios then add
// chains whose causes keep their own links.

const owner = { email: OWNER.email, password: OWNER.password };
const ok = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: true });
const fails = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: false });
const call = (method: MethodName, input: unknown) => ({ method, file: true, as: owner, input });

const CREDITED = { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: true };

export const CLASSIFICATION_SCENARIOS: Partial<Record<MethodName, Step[]>> = {
  'classification.riskFile': [
    ok(call('classification.riskFile', { systemId: 1 })),
    fails(call('classification.riskFile', { systemId: 2 })),
    fails(call('classification.classifySystem', { systemId: 1, answers: CREDITED, situationIds: [99], externalControls: [{ control: 'Nurse check', independence: 'A person.' }] })),
    fails(call('classification.classifySystem', { systemId: 1, answers: CREDITED, externalControls: [{ riskControlId: 99, independence: 'Separate hardware.' }] })),
  ],
};
