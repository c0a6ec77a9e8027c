import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { DEFAULT_STYLE, PAGE_MARGINS, STYLES } from './theme';

/**
 * Moves a heading to the next page when nothing follows it on its own page, so no heading is left
 * stranded at a page's foot. Headings carry `headlineLevel` (see headings.ts); nothing else does.
 */
export const keepHeadingsWithContent: NonNullable<TDocumentDefinitions['pageBreakBefore']> = (node, queries) =>
  node.headlineLevel !== undefined && queries.getFollowingNodesOnPage().length === 0;

/** Page set-up and typography shared by single documents and technical files: A4, PDF 1.7, one family. */
export function pageSetup(): Omit<TDocumentDefinitions, 'content'> {
  return {
    version: '1.7',
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    styles: STYLES,
    defaultStyle: DEFAULT_STYLE,
    pageBreakBefore: keepHeadingsWithContent,
  };
}
