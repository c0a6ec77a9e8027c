import { architectureView } from '../../architecture/architecture-view';
import type { OpenProject } from '../../projects/open-project';
import type { DocumentTypeDef } from '../document-type-def';
import { buildArchitectureDescription, SAD_KEY } from './architecture-description';
import { buildDetailedDesign, DETAILED_DESIGN_KEY } from './detailed-design';
import { DOCUMENT_TYPE_LABELS } from '../../../../shared/documents/type-labels';

/** Everything the architecture documents read: a change to any of these can change their content. */
const ARCHITECTURE_ENTITIES = ['interface', 'segregation_measure', 'unit_design', 'software_item', 'system_classification', 'item_classification', 'review_record', 'soup'];

const sources = (project: OpenProject) => ({ productName: project.project.get().productName, view: architectureView(project) });

export const SAD_DEF: DocumentTypeDef = {
  label: DOCUMENT_TYPE_LABELS['sad'],
  singleton: true,
  dependsOn: ARCHITECTURE_ENTITIES,
  keyAndTitle: () => ({ docKey: SAD_KEY, title: 'Software architecture description', params: {} }),
  gather: (project) => buildArchitectureDescription({ ...sources(project), review: project.reviews.latest('architecture') }),
};

export const DETAILED_DESIGN_DEF: DocumentTypeDef = {
  label: DOCUMENT_TYPE_LABELS['detailed-design'],
  singleton: true,
  dependsOn: ARCHITECTURE_ENTITIES,
  keyAndTitle: () => ({ docKey: DETAILED_DESIGN_KEY, title: 'Software detailed design', params: {} }),
  gather: (project) => buildDetailedDesign({ ...sources(project), review: project.reviews.latest('detailed-design') }),
};
