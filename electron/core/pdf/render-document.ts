import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DocumentContent } from '../../../shared/documents/content';
import type { DocumentControl } from '../../../shared/documents/control';
import { documentSections } from './document-sections';
import { stateLabel, versionedId } from './format';
import { documentInfo } from './metadata';
import { keepHeadingsWithContent } from './page-flow';
import { DEFAULT_STYLE, PAGE_MARGINS, STYLES } from './theme';

/** Page set-up and typography shared by single documents and technical files. */
export function baseDefinition(): Omit<TDocumentDefinitions, 'content'> {
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

/**
 * A controlled document as a pdfmake definition: cover, document control, revision history, contents,
 * then the numbered content. Pure: the same content and control always give the same definition.
 */
export function renderDocument(content: DocumentContent, control: DocumentControl): TDocumentDefinitions {
  return {
    ...baseDefinition(),
    info: documentInfo({
      title: `${versionedId(control)} — ${control.title}`,
      subject: `${control.title} for ${control.productName} (${stateLabel(control)})`,
      author: control.manufacturer,
      keywords: { docKey: control.docKey, version: String(control.version), contentSha256: control.contentSha256 },
      issuedAt: control.issuedAt,
    }),
    content: documentSections(content, control, { inBundle: false }),
  };
}
