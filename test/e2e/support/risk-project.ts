import { join } from 'node:path';
import type { InputOf, MethodName } from '../../../shared/api/contract';
import { createCore } from '../../../electron/core/core';
import { REPO_ROOT } from './paths';

export const RISK_OWNER = { name: 'Rhea Risk', email: 'rhea@alder.example', password: 'risk-owner-pass' };

/**
 * A spirometry project with a small risk file, built through the core's API so the edit tests start
 * where a team would be mid-analysis: RISK-1 (P1 4 × P2 3 → P4, serious harm: unacceptable) controlled
 * by RC-1, implemented by REQ-1; REQ-2 written but not yet linked; HARM-2 named but used by no chain.
 */
export async function createRiskProject(dir: string): Promise<string> {
  const path = join(dir, 'breathwise.cairn');
  const core = createCore({ appVersion: '0.1.0', migrationsDir: join(REPO_ROOT, 'migrations'), userDataDir: join(dir, 'core-user-data') });
  const call = async <M extends MethodName>(method: M, input: InputOf<M>) => {
    const result = await core.invoke(method, input);
    if (!result.ok) throw new Error(`Core refused ${method}: ${JSON.stringify(result.error)}`);
    return result.value as { id: number };
  };
  try {
    await call('project.create', { path, productName: 'BreathWise', manufacturer: 'Alder Respiratory Technologies GmbH', owner: RISK_OWNER });
    const hazard = await call('risk.addRecord', { kind: 'hazard', name: 'Wrong FEV1 value shown', category: 'information-data' });
    const situation = await call('risk.addRecord', { kind: 'situation', name: 'Patient skips the action plan during an exacerbation' });
    const harm = await call('risk.addRecord', { kind: 'harm', name: 'Delayed treatment of an asthma attack' });
    await call('risk.addRecord', { kind: 'harm', name: 'Anxiety from a false alarm' });
    const chain = await call('risk.addChain', {
      hazardId: hazard.id,
      situationId: situation.id,
      harmId: harm.id,
      sequenceOfEvents: 'A blow with a cough is accepted.',
      initial: { p1: 4, p2: 3, s: 3 },
    });
    const control = await call('risk.addControl', { chainIds: [chain.id], type: 'inherent-safety', name: 'Reject blows that fail the ATS acceptability checks' });
    await call('risk.createRequirement', { controlId: control.id, text: 'The app shall discard a blow that fails the ATS/ERS acceptability criteria.' });
    await call('requirements.create', { title: 'Cough detection', text: 'The app shall detect a cough in the first second of a blow and reject the blow.' });
  } finally {
    await core.close();
  }
  return path;
}
