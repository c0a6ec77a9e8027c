import { procedureByKey } from '../../../../shared/qms/procedure-set';
import { CairnError } from '../../errors';
import { buildProcedureDocument } from '../../qms/procedure-document';
import { qmsFacts, sectionText } from '../../qms/qms-facts';
import type { OpenProject } from '../../projects/open-project';
import type { DocumentTypeDef } from '../document-type-def';
import type { DocumentRow } from '../documents-repo';
import { DOCUMENT_TYPE_LABELS } from '../../../../shared/documents/type-labels';

/** Everything a procedure is written from: a change to any of these can change its content. */
const QMS_ENTITIES = ['qms_company', 'qms_scope', 'qms_section', 'user', 'project'];

export const QUALITY_MANUAL_KEY = 'QM';

function gatherProcedure(project: OpenProject, key: string) {
  const def = procedureByKey(key);
  if (!def) throw new Error(`There is no procedure ${key} in Cairn's procedure set.`);
  const facts = qmsFacts(project);
  const texts = new Map(def.sections.map((s) => [s.id, sectionText(project, def, s, facts).text]));
  return buildProcedureDocument({ def, facts, texts });
}

/** A procedure document's live content: the manual and each SOP are written from the QMS records. */
export function procedureContent(project: OpenProject, doc: DocumentRow) {
  return gatherProcedure(project, typeof doc.params.procedure === 'string' ? doc.params.procedure : doc.docKey);
}

const createdFromQms = (): never => {
  throw new CairnError('invalid_input', 'Procedures are created from the Quality system screen, which knows which ones the scope needs.', 'type');
};

export const QMS_MANUAL_DEF: DocumentTypeDef = {
  label: DOCUMENT_TYPE_LABELS['qms-manual'],
  singleton: true,
  dependsOn: QMS_ENTITIES,
  keyAndTitle: createdFromQms,
  gather: (project) => gatherProcedure(project, QUALITY_MANUAL_KEY),
};

export const SOP_DEF: DocumentTypeDef = {
  label: DOCUMENT_TYPE_LABELS['sop'],
  singleton: false,
  dependsOn: QMS_ENTITIES,
  keyAndTitle: createdFromQms,
  gather: procedureContent,
};
