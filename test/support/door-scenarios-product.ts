import type { MethodName } from '../../shared/api/contract';
import type { Step } from './door-scenarios';
import { OWNER } from './team';

// The product profile, its software systems and their classification, the compliance plan, the
// regulatory helpers, the walk and the consistency check.

const owner = { email: OWNER.email, password: OWNER.password };
const ok = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: true });
const fails = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: false });

const C_ANSWERS = { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false, worstHarm: 'death' };
const SEGREGATION = { rationale: 'Runs in its own process with read-only access.', verification: 'Architecture review and an isolation test.' };
export const PRODUCT_SCENARIOS: Partial<Record<MethodName, Step[]>> = {
  'product.get': [ok({ method: 'product.get', file: true, as: owner, input: {} })],
  'product.update': [
    ok({ method: 'product.update', file: true, as: owner, input: { intendedPurpose: 'Controls an infusion pump.', markets: ['eu'], softwareForm: 'in-device' } }),
    fails({ method: 'product.update', file: true, as: owner, input: { markets: ['eu'] } }),
    fails({ method: 'product.update', file: true, as: owner, input: { markets: ['moon'] } }),
  ],
  'software.tree': [ok({ method: 'software.tree', file: true, as: owner, input: {} })],
  'software.add': [
    ok({ method: 'software.add', file: true, as: owner, input: { parentId: null, kind: 'system', name: 'Pump controller' } }),
    ok({ method: 'software.add', file: true, as: owner, input: { parentId: 1, kind: 'item', name: 'Dose engine' } }),
    ok({ method: 'software.add', file: true, as: owner, input: { parentId: 1, kind: 'item', name: 'Log viewer' } }),
    fails({ method: 'software.add', file: true, as: owner, input: { parentId: 1, kind: 'unit', name: 'Misplaced unit' } }),
  ],
  'software.update': [
    ok({ method: 'software.update', file: true, as: owner, input: { id: 2, description: 'Computes the rate' } }),
    fails({ method: 'software.update', file: true, as: owner, input: { id: 99, name: 'Ghost' } }),
  ],
  'software.remove': [
    ok({ method: 'software.add', file: true, as: owner, input: { parentId: 1, kind: 'item', name: 'Scratch' } }),
    ok({ method: 'software.remove', file: true, as: owner, input: { id: 4 } }),
    fails({ method: 'software.remove', file: true, as: owner, input: { id: 1 } }),
  ],
  'classification.classifySystem': [
    fails({ method: 'classification.classifySystem', file: true, as: owner, input: { systemId: 1, answers: { ...C_ANSWERS, worstHarm: 'none' } } }),
    ok({ method: 'classification.classifySystem', file: true, as: owner, input: { systemId: 1, answers: C_ANSWERS } }),
  ],
  'classification.setItemClass': [
    fails({ method: 'classification.setItemClass', file: true, as: owner, input: { itemId: 3, itemClass: 'A' } }),
    ok({ method: 'classification.setItemClass', file: true, as: owner, input: { itemId: 3, itemClass: 'A', segregation: SEGREGATION } }),
  ],
  'classification.history': [
    ok({ method: 'classification.history', file: true, as: owner, input: { id: 1 } }),
    fails({ method: 'classification.history', file: true, as: owner, input: { id: 99 } }),
  ],
  'plan.get': [ok({ method: 'plan.get', file: true, as: owner, input: {} })],
  'plan.setStatus': [
    ok({ method: 'plan.setStatus', file: true, as: owner, input: { clause: '5.1.1', status: 'done', justification: 'Kept in the company wiki.' } }),
    fails({ method: 'plan.setStatus', file: true, as: owner, input: { clause: '5.1.3', status: 'done' } }),
    fails({ method: 'plan.setStatus', file: true, as: owner, input: { clause: '5.1.2', status: 'not_applicable' } }),
  ],
  'regulatory.assessMdr': [
    ok({
      method: 'regulatory.assessMdr',
      file: true,
      as: owner,
      input: {
        answers: {
          isMedicalDeviceSoftware: true,
          drivesOrInfluencesHardware: true,
          hardwareClass: 'IIb',
          informsDiagnosisOrTherapyDecisions: false,
          monitorsPhysiologicalProcesses: false,
        },
      },
    }),
    fails({ method: 'regulatory.assessMdr', file: true, as: owner, input: { answers: { isMedicalDeviceSoftware: true } } }),
  ],
  'regulatory.assessFda': [ok({ method: 'regulatory.assessFda', file: true, as: owner, input: { answers: { probableRiskOfDeathOrSeriousInjury: false } } })],
  'regulatory.assessments': [ok({ method: 'regulatory.assessments', file: true, as: owner, input: {} })],
  'walk.status': [ok({ method: 'walk.status', file: true, as: owner, input: {} }), fails({ method: 'walk.status', file: true, as: owner, input: { extra: 1 } })],
  'check.run': [ok({ method: 'check.run', file: true, as: owner, input: {} }), fails({ method: 'check.run', file: true, as: owner, input: { extra: 1 } })],
};
