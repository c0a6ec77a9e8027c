import { insertTestRecords } from '../support/change-fixture';
import type { CoreFixture } from './core-fixture';

/**
 * A small linked project: a system with a measurement engine (uses an FFT library, implements REQ-1 and
 * REQ-3, can cause RISK-1) and a display (implements REQ-2); RC-1 on RISK-1 is implemented by REQ-1;
 * TC-1 verifies REQ-1, TC-2 REQ-2, retired TC-3 REQ-1; the SRS covers the requirements.
 */
export async function linkedProject(f: CoreFixture) {
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'Spirometry app' });
  await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Measurement engine' });
  const tree = await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Results display' });
  const [engine, display] = tree[0]?.children ?? [];
  if (!engine || !display) throw new Error('items not added');
  const fft = await f.ok('soup.add', { name: 'kissfft', version: '131.1.0', ecosystem: 'conan' });
  await f.ok('soup.setItems', { id: fft.id, itemIds: [engine.id] });
  const req1 = await f.ok('requirements.create', { title: 'FEV1 from flow', text: 'The app computes FEV1 from the flow signal.', itemIds: [engine.id] });
  const req2 = await f.ok('requirements.create', { title: 'Show FEV1', text: 'The app shows FEV1 in litres.', itemIds: [display.id] });
  const req3 = await f.ok('requirements.create', { title: 'Reject coughs', text: 'The app rejects a blow with a cough in the first second.', itemIds: [engine.id] });
  const hazard = await f.ok('risk.addRecord', { kind: 'hazard', name: 'Wrong FEV1 value', category: 'information-data' });
  const situation = await f.ok('risk.addRecord', { kind: 'situation', name: 'Patient sees a falsely normal FEV1' });
  const harm = await f.ok('risk.addRecord', { kind: 'harm', name: 'Delayed treatment of an exacerbation' });
  const chain = await f.ok('risk.addChain', {
    hazardId: hazard.id,
    situationId: situation.id,
    harmId: harm.id,
    initial: { p1: 3, p2: 3, s: 4 },
    causes: [{ itemId: engine.id, category: 'functional-defect', description: 'Sampling rate misread' }],
  });
  const control = await f.ok('risk.addControl', { chainIds: [chain.id], type: 'protective-measure', name: 'Plausibility check on FEV1' });
  await f.ok('risk.linkRequirement', { controlId: control.id, requirementId: req1.id });
  const { caseIds } = insertTestRecords(f, [
    { title: 'FEV1 against reference waveforms', verifies: [req1.id] },
    { title: 'FEV1 shown in litres', verifies: [req2.id] },
    { title: 'Old FEV1 test', verifies: [req1.id], retired: true },
  ]);
  await f.ok('documents.create', { type: 'srs' });
  return { engine, display, fft, req1, req2, req3, chain, control, caseIds, situation };
}
