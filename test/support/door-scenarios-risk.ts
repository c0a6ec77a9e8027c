import type { MethodName } from '../../shared/api/contract';
import type { Step } from './door-scenarios';
import { OWNER } from './team';

// Risk management. Runs after the requirements scenarios (REQ ids 1 and 2 exist) and the product ones
// (software item 2 exists). Every record here is made by these steps, so ids start at 1.

const owner = { email: OWNER.email, password: OWNER.password };
const ok = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: true });
const fails = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: false });
const call = (method: MethodName, input: unknown) => ({ method, file: true, as: owner, input });

const CHAIN = { hazardId: 1, situationId: 1, harmId: 1, initial: { p1: 5, p2: 4, s: 5 } };
const CSV = 'Hazard,Hazardous situation,Harm,P1,P2,Severity\nStale trend,Patient trusts an old trend,Missed exacerbation,3,3,4\n';
const csvFile = (text: string) => ({ fileName: 'risks.csv', base64: Buffer.from(text).toString('base64') });
const MAPPING = { hazard: 'Hazard', situation: 'Hazardous situation', harm: 'Harm', p1: 'P1', p2: 'P2', s: 'Severity' };

export const RISK_SCENARIOS: Partial<Record<MethodName, Step[]>> = {
  'risk.plan': [ok(call('risk.plan', {}))],
  'risk.updatePlan': [ok(call('risk.updatePlan', { scope: 'The app over its whole life cycle.' })), fails(call('risk.updatePlan', {}))],
  'risk.evaluateOverall': [
    fails(call('risk.evaluateOverall', { evaluation: 'Fine.', acceptable: true })),
    ok(call('risk.evaluateOverall', { evaluation: 'Analysis not started.', acceptable: false })),
  ],
  'risk.records': [ok(call('risk.records', {}))],
  'risk.addRecord': [
    ok(call('risk.addRecord', { kind: 'hazard', name: 'Wrong FEV1 computed', category: 'information-data' })),
    ok(call('risk.addRecord', { kind: 'situation', name: 'Patient sees a normal FEV1 during a decline' })),
    ok(call('risk.addRecord', { kind: 'harm', name: 'Missed exacerbation' })),
    ok(call('risk.addRecord', { kind: 'hazard', name: 'Scratch', category: 'other' })),
    fails(call('risk.addRecord', { kind: 'hazard', name: 'No category' })),
  ],
  'risk.updateRecord': [
    ok(call('risk.updateRecord', { kind: 'harm', id: 1, description: 'Delayed treatment of a flare-up.' })),
    fails(call('risk.updateRecord', { kind: 'harm', id: 99, name: 'Ghost' })),
  ],
  'risk.removeRecord': [ok(call('risk.removeRecord', { kind: 'hazard', id: 2 })), fails(call('risk.removeRecord', { kind: 'hazard', id: 2 }))],
  'risk.addChain': [
    ok(call('risk.addChain', { ...CHAIN, causes: [{ itemId: 2, category: 'soup-failure' }] })),
    ok(call('risk.addChain', CHAIN)),
    fails(call('risk.addChain', { ...CHAIN, initial: { p1: 9, p2: 4, s: 5 } })),
  ],
  'risk.updateChain': [
    ok(call('risk.updateChain', { id: 1, sequenceOfEvents: 'A filter library bug skews the flow curve.' })),
    fails(call('risk.updateChain', { id: 1, harmId: 99 })),
  ],
  'risk.setResidual': [
    fails(call('risk.setResidual', { id: 1, residual: { p1: 1, p2: 1, s: 5 } })),
    ok(call('risk.setResidual', { id: 1, residual: { p1: 5, p2: 4, s: 5 }, benefitRisk: 'Pending controls.' })),
  ],
  'risk.removeChain': [ok(call('risk.removeChain', { id: 2 })), fails(call('risk.removeChain', { id: 2 }))],
  'risk.addControl': [
    ok(call('risk.addControl', { chainIds: [1], type: 'protective-measure', name: 'Curve plausibility check' })),
    fails(call('risk.addControl', { chainIds: [99], type: 'inherent-safety', name: 'Ghost' })),
    // Atomic: a missing requirement refuses the control too, through every door.
    fails(call('risk.addControl', { chainIds: [1], type: 'inherent-safety', name: 'Orphan', implementedBy: { kind: 'existing', requirementId: 99 } })),
  ],
  'risk.updateControl': [
    ok(call('risk.updateControl', { id: 1, effectivenessVerification: 'Replay of recorded manoeuvres.' })),
    fails(call('risk.updateControl', { id: 1, effectivenessVerification: 'Replay of recorded manoeuvres.' })),
  ],
  'risk.removeControl': [
    ok(call('risk.addControl', { chainIds: [1], type: 'information-for-safety', name: 'Scratch warning' })),
    ok(call('risk.removeControl', { id: 2 })),
    fails(call('risk.removeControl', { id: 2 })),
  ],
  'risk.linkRequirement': [ok(call('risk.linkRequirement', { controlId: 1, requirementId: 1 })), fails(call('risk.linkRequirement', { controlId: 1, requirementId: 1 }))],
  'risk.unlinkRequirement': [ok(call('risk.unlinkRequirement', { controlId: 1, requirementId: 1 })), fails(call('risk.unlinkRequirement', { controlId: 1, requirementId: 1 }))],
  'risk.createRequirement': [
    ok(call('risk.createRequirement', { controlId: 1, text: 'Reject a flow curve that fails the plausibility rules.' })),
    fails(call('risk.createRequirement', { controlId: 99, text: 'x' })),
  ],
  'risk.list': [ok(call('risk.list', {}))],
  'risk.matrix': [ok(call('risk.matrix', {}))],
  'risk.previewImport': [
    ok(call('risk.previewImport', csvFile(CSV))),
    ok(call('risk.previewImport', { ...csvFile(CSV), mapping: { ...MAPPING, s: 'Harm' } })),
    fails(call('risk.previewImport', { fileName: 'risks.csv', base64: Buffer.from([0xff, 0xfe, 0x00]).toString('base64') })),
  ],
  'risk.import': [ok(call('risk.import', { ...csvFile(CSV), mapping: MAPPING })), fails(call('risk.import', { ...csvFile(CSV), mapping: { hazard: 'Hazard' } }))],
  'risk.exportCsv': [ok(call('risk.exportCsv', {})), fails(call('risk.exportCsv', { format: 'xlsx' }))],
  'risk.exportXlsx': [ok(call('risk.exportXlsx', {})), fails(call('risk.exportXlsx', { format: 'csv' }))],
};
