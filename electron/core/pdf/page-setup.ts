import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * Moves a heading to the next page when nothing follows it on its own page, so no heading is left
 * stranded at a page's foot. Headings carry `headlineLevel` (see headings.ts); nothing else does.
 */
export const keepHeadingsWithContent: NonNullable<TDocumentDefinitions['pageBreakBefore']> = (node, queries) =>
  node.headlineLevel !== undefined && queries.getFollowingNodesOnPage().length === 0;
