import { allNodes } from '../../classification/classification-history';
import { softwareTree } from '../../software/software-tree';
import { REVIEW_ENTITY, withSignatures } from '../../reviews/review-signatures';
import type { DocumentTypeDef } from '../document-type-def';
import { buildVerificationRecords, VERIFICATION_RECORDS_KEY } from './verification-records';
import { DOCUMENT_TYPE_LABELS } from '../../../../shared/documents/type-labels';

export const VERIFICATION_RECORDS_DEF: DocumentTypeDef = {
  label: DOCUMENT_TYPE_LABELS['verification-records'],
  singleton: true,
  // The reviews (a signature is audited under the review's entity) and the names of the units they cover.
  dependsOn: [REVIEW_ENTITY, 'software_item'],
  keyAndTitle: () => ({ docKey: VERIFICATION_RECORDS_KEY, title: 'Verification records', params: {} }),
  gather: (project) =>
    buildVerificationRecords({
      productName: project.project.get().productName,
      reviews: withSignatures({ project }, project.reviews.list()),
      unitLabels: new Map(allNodes(softwareTree(project.software)).map((n) => [n.id, `${n.humanId} ${n.name}`])),
    }),
};
