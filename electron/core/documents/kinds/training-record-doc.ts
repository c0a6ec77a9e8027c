import type { QmsTrainingView } from '../../../../shared/api/qms-types';
import type { Block, DocumentContent } from '../../../../shared/documents/content';
import { DOCUMENT_TYPE_LABELS } from '../../../../shared/documents/type-labels';
import { recordRef } from '../canonical';
import type { DocumentTypeDef } from '../document-type-def';
import { trainingView } from '../../qms/qms-view';

export const TRAINING_RECORD_KEY = 'TRAINING-RECORD';

const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

function trainedBlock(view: QmsTrainingView): Block {
  if (view.records.length === 0) return { kind: 'paragraph', text: 'No training on a procedure has been recorded.' };
  return {
    kind: 'table',
    columns: [
      { header: 'Person', width: 16 },
      { header: 'Procedure', width: 11 },
      { header: 'Version', width: 9 },
      { header: 'Trained on', width: 13 },
      { header: 'Method', width: 27 },
      { header: 'Confirmed by', width: 24 },
    ],
    rows: view.records.map((t) => [t.traineeName, t.docKey, `v${t.version}`, t.trainedOn, t.method, `${t.signedBy}, ${when(t.signedAt)}`]),
  };
}

function dueBlock(view: QmsTrainingView): Block {
  if (view.procedures.length === 0) return { kind: 'paragraph', text: 'No procedure has an approved version yet, so no training on one is due.' };
  if (view.due.length === 0) return { kind: 'paragraph', text: 'Every active team member is trained on the approved version of every procedure.' };
  return {
    kind: 'table',
    columns: [
      { header: 'Person', width: 25 },
      { header: 'Procedure', width: 45 },
      { header: 'Approved version', width: 15 },
      { header: 'Last trained on', width: 15 },
    ],
    rows: view.due.map((d) => [d.name, `${d.docKey} ${d.title}`, `v${d.version}`, d.trainedOn === null ? 'Never' : `v${d.trainedOn}`]),
  };
}

/**
 * The training record (ISO 13485 6.2): each confirmed training on a procedure version, and who is still
 * to be trained on the approved version of each procedure, both as the records stand.
 */
export function buildTrainingRecord(manufacturer: string, view: QmsTrainingView): DocumentContent {
  return {
    docKey: TRAINING_RECORD_KEY,
    title: 'Training record',
    orientation: 'portrait',
    purpose: `This record shows which members of the ${manufacturer} team have been trained on which version of each quality procedure, confirmed by e-signature, and whose training on an approved version is still outstanding (ISO 13485 6.2).`,
    sections: [
      { heading: 'Training completed', blocks: [trainedBlock(view)] },
      { heading: 'Training outstanding', blocks: [dueBlock(view)] },
    ],
    records: [
      ...view.records.map((t) => recordRef(`training:${t.id}`, 'training', `${t.traineeName} on ${t.docKey} v${t.version}`, t)),
      ...view.due.map((d) => recordRef(`due:${d.traineeId}:${d.docKey}`, 'training due', `${d.name} on ${d.docKey} v${d.version}`, d)),
    ],
  };
}

export const TRAINING_RECORD_DEF: DocumentTypeDef = {
  label: DOCUMENT_TYPE_LABELS['training-record'],
  singleton: true,
  // Approving a new procedure version puts everyone back on the outstanding list.
  dependsOn: ['qms_training', 'user', 'document_version', 'project'],
  keyAndTitle: () => ({ docKey: TRAINING_RECORD_KEY, title: 'Training record', params: {} }),
  gather: (project) => buildTrainingRecord(project.project.get().manufacturer, trainingView(project)),
};
