import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MethodName } from '../../shared/api/contract';
import type { Step } from './door-scenarios';
import { REPO_ROOT } from './paths';
import { OWNER } from './team';

// Test cases, runs and JUnit import. They run last in contract order, after the requirements and trace
// scenarios, so requirement 2 exists; every case, run and result id below follows from these steps alone.

const owner = { email: OWNER.email, password: OWNER.password };
const ok = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: true });
const fails = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: false });
const call = (method: MethodName, input: unknown) => ({ method, file: true, as: owner, input });

const junit = (name: string) => ({ fileName: name, base64: readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'junit', name)).toString('base64') });
const MANUAL_CASE = { title: 'Door case', steps: [{ action: 'Blow into the spirometer', expected: 'FEV1 shown' }], requirementIds: [2] };
const PNG = Buffer.from('89504e470d0a1a0a', 'hex').toString('base64');

export const TESTS_SCENARIOS: Partial<Record<MethodName, Step[]>> = {
  'tests.cases': [ok(call('tests.cases', {}))],
  'tests.getCase': [ok(call('tests.createCase', MANUAL_CASE)), ok(call('tests.getCase', { id: 1 })), fails(call('tests.getCase', { id: 99 }))],
  'tests.createCase': [ok(call('tests.createCase', { title: 'Door unit test', level: 'unit', automated: true })), fails(call('tests.createCase', { title: 'No steps' }))],
  'tests.updateCase': [ok(call('tests.updateCase', { id: 1, title: 'Door case, revised' })), fails(call('tests.updateCase', { id: 99, title: 'x' }))],
  'tests.setVerifies': [
    ok(call('tests.setVerifies', { id: 2, requirementIds: [2], riskControlIds: [] })),
    fails(call('tests.setVerifies', { id: 1, requirementIds: [999_999], riskControlIds: [] })),
  ],
  'tests.retireCase': [ok(call('tests.retireCase', { id: 2, retired: true })), fails(call('tests.retireCase', { id: 2, retired: true }))],
  'tests.runs': [ok(call('tests.runs', {}))],
  'tests.getRun': [ok(call('tests.startRun', { softwareVersion: '1.0.0', caseIds: [1] })), ok(call('tests.getRun', { id: 1 })), fails(call('tests.getRun', { id: 99 }))],
  'tests.startRun': [
    ok(call('tests.startRun', { softwareVersion: '1.0.1', environment: 'Pixel 7', caseIds: [1] })),
    fails(call('tests.startRun', { softwareVersion: '1.0.1', caseIds: [2] })),
  ],
  'tests.recordStep': [
    ok(call('tests.recordStep', { resultId: 1, position: 1, outcome: 'failed', actual: 'No value shown' })),
    fails(call('tests.recordStep', { resultId: 1, position: 9, outcome: 'passed' })),
  ],
  'tests.attach': [
    ok(call('tests.attach', { resultId: 1, name: 'screen.png', mediaType: 'image/png', base64: PNG })),
    fails(call('tests.attach', { resultId: 1, name: 'clip.mp4', mediaType: 'video/mp4', base64: PNG })),
  ],
  'tests.attachment': [ok(call('tests.attachment', { id: 1 })), fails(call('tests.attachment', { id: 99 }))],
  'tests.completeRun': [ok(call('tests.completeRun', { id: 1, password: OWNER.password })), fails(call('tests.completeRun', { id: 1, password: OWNER.password }))],
  'tests.status': [ok(call('tests.status', { softwareVersion: '1.0.0' }))],
  'tests.summary': [ok(call('tests.summary', {}))],
  'tests.previewJunit': [
    ok(call('tests.previewJunit', { ...junit('nested-suites.xml'), softwareVersion: '1.0.0' })),
    fails(call('tests.previewJunit', { ...junit('bad-root.xml'), softwareVersion: '1.0.0' })),
  ],
  'tests.importJunit': [
    ok(call('tests.importJunit', { ...junit('nested-suites.xml'), softwareVersion: '1.0.0' })),
    fails(call('tests.importJunit', { ...junit('bad-malformed.xml'), softwareVersion: '1.0.0' })),
  ],
  'tests.mapJunitName': [
    ok(call('tests.mapJunitName', { runId: 3, junitName: 'volume.Integrator › integrates flow over time', testCaseId: 1 })),
    fails(call('tests.mapJunitName', { runId: 3, junitName: 'volume.Integrator › integrates flow over time', testCaseId: 1 })),
  ],
};
