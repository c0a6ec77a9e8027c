import { join } from 'node:path';
import type { InputOf, MethodName, OutputOf } from '../../../shared/api/contract';
import { createCore } from '../../../electron/core/core';
import { REPO_ROOT } from './paths';

export const CONTROL_OWNER = { name: 'Tove Tester', email: 'tove@alder.example', password: 'failed-control-pass' };

/**
 * A project whose only risk control failed its test: RISK-1 controlled by RC-1, implemented by REQ-1,
 * verified by TC-1, which failed in a completed run of 1.0.0. Built through the core's API, so the spec
 * starts where a team stands the day a control test fails.
 */
export async function createFailedControlProject(dir: string): Promise<string> {
  const path = join(dir, 'failed-control.cairn');
  const core = createCore({ appVersion: '0.1.0', migrationsDir: join(REPO_ROOT, 'migrations'), userDataDir: join(dir, 'core-user-data') });
  const call = async <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> => {
    const result = await core.invoke(method, input);
    if (!result.ok) throw new Error(`Core refused ${method}: ${JSON.stringify(result.error)}`);
    return result.value as OutputOf<M>;
  };
  try {
    await call('project.create', { path, productName: 'PeakFlow Diary', manufacturer: 'Cedar Health GmbH', owner: CONTROL_OWNER });
    const hazard = await call('risk.addRecord', { kind: 'hazard', name: 'Alert not delivered', category: 'functional-failure' });
    const situation = await call('risk.addRecord', { kind: 'situation', name: 'The clinic never learns of a decline' });
    const harm = await call('risk.addRecord', { kind: 'harm', name: 'Delayed treatment of an exacerbation' });
    const chain = await call('risk.addChain', {
      hazardId: hazard.id,
      situationId: situation.id,
      harmId: harm.id,
      sequenceOfEvents: 'The push service is down; the alert is lost.',
      initial: { p1: 4, p2: 3, s: 4 },
    });
    const control = await call('risk.addControl', { chainIds: [chain.id], type: 'protective-measure', name: 'Tell the patient when an alert is not delivered' });
    await call('risk.createRequirement', { controlId: control.id, text: 'If an alert cannot be delivered for 2 hours, the app shall tell the patient to call their clinic.' });
    const requirement = (await call('requirements.list', {})).rows[0];
    if (!requirement) throw new Error('The control wrote no requirement.');
    await call('requirements.update', { id: requirement.id, status: 'implemented' });
    await call('risk.setResidual', { id: chain.id, residual: { p1: 2, p2: 3, s: 4 } });
    const testCase = await call('tests.createCase', {
      title: 'Undelivered alert tells the patient',
      requirementIds: [requirement.id],
      steps: [{ action: 'Block the push service for 2 hours after an alert.', expected: 'The call-your-clinic message is shown.' }],
    });
    const run = await call('tests.startRun', { softwareVersion: '1.0.0', title: 'System test', caseIds: [testCase.id] });
    const resultId = run.results[0]?.id ?? 0;
    await call('tests.recordStep', { resultId, position: 1, outcome: 'failed', actual: 'No message after 3 hours on battery saver.' });
    await call('tests.completeRun', { id: run.id, password: CONTROL_OWNER.password });
  } finally {
    await core.close();
  }
  return path;
}
