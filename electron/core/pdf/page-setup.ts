import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { DEFAULT_STYLE, PAGE_MARGINS, STYLES } from './theme';

/**
 * Moves a heading to the next page when nothing follows it on its own page, so no heading is left
 * stranded at a page's foot. Headings carry `headlineLevel` (see headings.ts); nothing else does.
 */
export const keepHeadingsWithContent: NonNullable<TDocumentDefinitions['pageBreakBefore']> = (node, queries) =>
  node.headlineLevel !== undefined && queries.getFollowingNodesOnPage().length === 0;

/** The writable area of an A4 page in each orientation, in points (A4 is 595.28 × 841.89 pt). */
export function contentFrame(orientation: 'portrait' | 'landscape'): { width: number; height: number } {
  const [short, long] = [595.28, 841.89];
  const [pageWidth, pageHeight] = orientation === 'portrait' ? [short, long] : [long, short];
  return { width: pageWidth - PAGE_MARGINS[0] - PAGE_MARGINS[2], height: pageHeight - PAGE_MARGINS[1] - PAGE_MARGINS[3] };
}

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
