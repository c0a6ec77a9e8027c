import type { MethodName } from '../../shared/api/contract';
import { withReadOnly } from './db-snapshot';
import type { DoorPlace, Step } from './door-scenarios';
import { OWNER, REVIEWER } from './team';

// The QMS area. Runs after the document scenarios; the quality manual's version id depends on how many
// documents earlier areas made, so the approval steps read it from the door's own project file.

const owner = { email: OWNER.email, password: OWNER.password };
// The users scenarios, which run first, changed the reviewer's password (and made them an approver).
const reviewer = { email: REVIEWER.email, password: 'reviewer-password-2' };
const ok = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: true });
const fails = (step: Omit<Step, 'expectOk'>): Step => ({ ...step, expectOk: false });
const call = (method: MethodName, input: Step['input'], as: { email: string; password: string } = owner) => ({ method, file: true, as, input });

const SOFTWARE_ONLY = { physicalProduct: false, sterile: false, installation: false, servicing: false, measuringEquipment: false };

/** The newest version id of the quality manual in this door's project. */
function manualVersionId(place: DoorPlace): number {
  return withReadOnly(place.project, (db) => {
    const row = db.prepare("SELECT v.id FROM document_version v JOIN document d ON d.id = v.document_id WHERE d.doc_key = 'QM' ORDER BY v.version DESC LIMIT 1").get() as
      { id: number } | undefined;
    return row?.id ?? 0;
  });
}

export const QMS_SCENARIOS: Partial<Record<MethodName, Step[]>> = {
  'qms.get': [ok(call('qms.get', {}, reviewer))],
  'qms.saveCompany': [
    ok(call('qms.saveCompany', { legalName: 'Test Devices Ltd', managementRep: 'Olga Owner', prrc: 'Zoë Ünal', employees: 3 })),
    fails(call('qms.saveCompany', { legalName: 'Test Devices Ltd' })),
    fails(call('qms.saveCompany', { legalName: 'Not mine' }, reviewer)),
  ],
  'qms.applyScope': [ok(call('qms.applyScope', SOFTWARE_ONLY)), fails(call('qms.applyScope', SOFTWARE_ONLY, reviewer))],
  'qms.setClause': [
    fails(call('qms.setClause', { clause: '4.2.4', status: 'not_applicable', justification: 'Documents are not controlled here at all.' })),
    ok(call('qms.setClause', { clause: '7.6', status: 'applies' })),
  ],
  'qms.procedure': [ok(call('qms.procedure', { key: 'SOP-CAPA' }, reviewer)), fails(call('qms.procedure', { key: 'SOP-NOPE' }))],
  'qms.updateSection': [
    ok(call('qms.updateSection', { key: 'SOP-CAPA', sectionId: 'preventive', text: 'Trends are reviewed “monthly” — naïve résumé test.' })),
    fails(call('qms.updateSection', { key: 'SOP-CAPA', sectionId: 'nope', text: 'No such section.' })),
  ],
  'qms.resetSection': [ok(call('qms.resetSection', { key: 'SOP-CAPA', sectionId: 'preventive' })), fails(call('qms.resetSection', { key: 'SOP-CAPA', sectionId: 'preventive' }))],
  'qms.generateDocuments': [ok(call('qms.generateDocuments', {})), fails(call('qms.generateDocuments', {}))],
  'qms.records': [ok(call('qms.records', { kind: 'tool' }))],
  'qms.saveRecord': [
    ok(
      call('qms.saveRecord', {
        kind: 'capa',
        fields: { title: 'Checklist skipped', source: 'audit', kind: 'corrective', description: 'A release shipped without its checklist.', state: 'open' },
      }),
    ),
    fails(call('qms.saveRecord', { kind: 'capa', fields: { title: 'Bad', colour: 'red' } })),
  ],
  'qms.training': [ok(call('qms.training', {}))],
  'qms.recordTraining': [
    fails(call('qms.recordTraining', { traineeId: 1, docKey: 'QM', version: 1, trainedOn: '2025-12-31', method: 'Read and understood', password: OWNER.password })),
    ok(call('documents.sendForReview', (p: DoorPlace) => ({ versionId: manualVersionId(p), approvers: [1], password: OWNER.password }))),
    ok(call('documents.sign', (p: DoorPlace) => ({ versionId: manualVersionId(p), meaning: 'approved', password: OWNER.password, acknowledgeSelfApproval: true }))),
    ok(call('qms.recordTraining', { traineeId: 1, docKey: 'QM', version: 1, trainedOn: '2025-12-31', method: 'Read and understood', password: OWNER.password })),
    fails(call('qms.recordTraining', { traineeId: 1, docKey: 'QM', version: 1, trainedOn: '2025-12-31', method: 'Read again', password: OWNER.password })),
  ],
  'qms.exportProcedures': [ok(call('qms.exportProcedures', {})), fails(call('qms.exportProcedures', { sign: true }))],
  // One cheap scenario (the classification table) keeps the child process short at every door.
  'validation.run': [
    fails(call('validation.run', { scenarios: ['OQ-99'] })),
    fails(call('validation.run', { scenarios: ['OQ-01'] }, reviewer)),
    ok(call('validation.run', { scenarios: ['OQ-01'] })),
  ],
};
