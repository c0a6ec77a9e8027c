import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DocumentContent } from '../../../shared/documents/content';
import type { DocumentControl } from '../../../shared/documents/control';
import { anchorKeywords } from './control-tables';
import { documentSections } from './document-sections';
import { stateLabel, versionedId } from './format';
import { documentInfo } from './metadata';
import { pageSetup } from './page-setup';

/**
 * A controlled document as a pdfmake definition: cover, document control, revision history, contents,
 * then the numbered content. Pure: the same content and control always give the same definition.
 */
export function renderDocument(content: DocumentContent, control: DocumentControl): TDocumentDefinitions {
  return {
    ...pageSetup(),
    info: documentInfo({
      title: `${versionedId(control)} — ${control.title}`,
      subject: `${control.title} for ${control.productName} (${stateLabel(control)})`,
      author: control.manufacturer,
      keywords: { docKey: control.docKey, version: String(control.version), contentSha256: control.contentSha256, ...anchorKeywords(control) },
      issuedAt: control.issuedAt,
    }),
    content: documentSections(content, control, { inBundle: false }),
  };
}
