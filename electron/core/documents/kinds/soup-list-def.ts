import type { DocumentTypeDef } from '../document-type-def';
import { soupViewContext, toSoupView } from '../../soup/soup-view';
import { buildSoupList, SOUP_LIST_KEY } from './soup-list';
import { DOCUMENT_TYPE_LABELS } from '../../../../shared/documents/type-labels';

export const SOUP_LIST_DEF: DocumentTypeDef = {
  label: DOCUMENT_TYPE_LABELS['soup-list'],
  singleton: true,
  // SOUP rows, their item links and the items' classes all show in it.
  dependsOn: ['soup', 'trace_link', 'software_item', 'system_classification', 'item_classification'],
  keyAndTitle: () => ({ docKey: SOUP_LIST_KEY, title: 'SOUP list', params: {} }),
  gather: (project) => {
    const context = soupViewContext(project);
    return buildSoupList({ productName: project.project.get().productName, soup: project.soup.all(false).map((row) => toSoupView(row, context)) });
  },
};
