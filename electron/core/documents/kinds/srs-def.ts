import type { OpenProject } from '../../projects/open-project';
import { itemsOf, softwareNodes, toRequirement, unallocatedClass } from '../../requirements/requirement-view';
import { softwareTree } from '../../software/software-tree';
import type { DocumentTypeDef } from '../document-type-def';
import { buildSrs, SRS_KEY } from './srs';
import { DOCUMENT_TYPE_LABELS } from '../../../../shared/documents/type-labels';

function gather(project: OpenProject) {
  const nodes = softwareNodes(project);
  const cls = unallocatedClass(project);
  return buildSrs({
    productName: project.project.get().productName,
    tree: softwareTree(project.software),
    requirements: project.requirements.all().map((row) => toRequirement(row, itemsOf(project, nodes, row.id), cls)),
    review: project.reviews.latest('requirements'),
  });
}

export const SRS_DEF: DocumentTypeDef = {
  label: DOCUMENT_TYPE_LABELS['srs'],
  singleton: true,
  // Requirements, their item links, the items' classes and the requirements review all show in it.
  dependsOn: ['requirement', 'requirements_import', 'trace_link', 'software_item', 'system_classification', 'item_classification', 'review_record'],
  keyAndTitle: () => ({ docKey: SRS_KEY, title: 'Software requirements specification', params: {} }),
  gather,
};
