import type { Content } from 'pdfmake/interfaces';
import type { ContentSection, DocumentContent } from '../../../shared/documents/content';
import type { DocumentControl } from '../../../shared/documents/control';
import { anchorBlock, signatureTable, revisionTable } from './control-tables';
import { documentCover } from './cover';
import { renderSections, tocHeading } from './headings';
import { contentFrame } from './page-setup';
import { documentRunningLines } from './running-lines';

/** How one document sits in the PDF: alone, or as one part of a technical file. */
export interface DocumentPlacement {
  /** Inside a technical file: the document is a top-level contents entry and has no contents page of its own. */
  inBundle: boolean;
  /** What the footer names on the right; the product name when omitted. */
  footerContext?: string;
}

export const CONTENTS_TITLE = 'Contents';

/** The pdfmake contents node: page numbers, and bookmarks for every listed heading. */
export function contentsPage(): Content {
  return { toc: { title: { text: CONTENTS_TITLE, style: 'tocTitle' }, outlines: true }, pageBreak: 'before' };
}

/** The "Purpose" section every document opens with. */
export function purposeSection(content: Pick<DocumentContent, 'purpose'>): ContentSection {
  return { heading: 'Purpose', blocks: [{ kind: 'paragraph', text: content.purpose }] };
}

/**
 * One document as pdfmake sections: the front matter (cover, document control, contents) in portrait,
 * then the numbered body in the content's orientation. Each section carries the document's own running
 * header and footer, which is how a technical file names the current document on every page.
 */
export function documentSections(content: DocumentContent, control: DocumentControl, placement: DocumentPlacement): Content[] {
  const lines = documentRunningLines(control, placement.footerContext);
  const prefix = control.docKey;
  const level = placement.inBundle ? 1 : 0;
  const documentId = `${prefix}:document`;
  const parent = placement.inBundle ? documentId : undefined;
  const front: Content[] = [
    ...documentCover(control, parent),
    { ...tocHeading('Document control', 'frontHeading', level, `${prefix}:control`, parent), pageBreak: 'before' },
    { text: 'Signatures', style: 'h3', margin: [0, 0, 0, 4] },
    signatureTable(control),
    ...[anchorBlock(control)].filter((block) => block !== null),
    tocHeading('Revision history', 'frontHeading', level, `${prefix}:history`, parent),
    revisionTable(control),
    ...(placement.inBundle ? [] : [contentsPage()]),
  ];
  const body = renderSections([purposeSection(content), ...content.sections], {
    idPrefix: prefix,
    levelOffset: level,
    frame: contentFrame(content.orientation),
    ...(parent ? { outlineParentId: parent } : {}),
  });
  return [
    { section: front, pageOrientation: 'portrait', header: lines.header, footer: lines.footer },
    { section: body, pageOrientation: content.orientation, header: lines.header, footer: lines.footer },
  ];
}
