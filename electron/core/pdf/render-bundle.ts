import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DocumentContent } from '../../../shared/documents/content';
import type { DocumentControl } from '../../../shared/documents/control';
import { canonicalJson, sha256Hex } from '../documents/canonical';
import { bundleCover, manifestPage, type BundleInfo } from './bundle-front';
import { indexPage } from './bundle-index';
import { contentsPage, documentSections } from './document-sections';
import { documentInfo } from './metadata';
import { pageSetup } from './page-setup';
import { runningLines } from './running-lines';
import { COLOURS } from './theme';

export type { BundleInfo, ManifestEntry } from './bundle-front';

/** The digest printed on the cover and in the metadata: over the manifest's canonical JSON. */
export function manifestSha256(bundle: BundleInfo): string {
  return sha256Hex(canonicalJson(bundle.manifest));
}

/**
 * The technical file: one PDF with a cover, one contents over all documents (each a top-level bookmark
 * with its sections beneath), the manifest, then every document in order with its own cover, control
 * pages and numbered body. Pages name the current document in their header and footer; page numbers
 * count through the whole file.
 */
export function renderBundle(parts: { content: DocumentContent; control: DocumentControl }[], bundle: BundleInfo): TDocumentDefinitions {
  const digest = manifestSha256(bundle);
  const name = bundle.part?.title ?? 'Technical file';
  const context = `${bundle.productName} ${name.toLowerCase()}`;
  const lines = runningLines({ left: `${name} · ${bundle.productName}`, right: '' }, COLOURS.muted, (page, pages) => ({
    left: `${name} · page ${page} of ${pages}`,
    right: bundle.manufacturer,
  }));
  const front: Content[] = [...bundleCover(bundle, digest), contentsPage(), ...(bundle.index ? indexPage(bundle.index) : []), ...manifestPage(bundle)];
  return {
    ...pageSetup(),
    info: documentInfo({
      title: `${bundle.productName} — ${name.toLowerCase()}`,
      subject: `${name} of ${bundle.productName}: ${parts.length} controlled documents`,
      author: bundle.manufacturer,
      keywords: {
        product: bundle.productName,
        documents: bundle.manifest.map((entry) => `${entry.docKey}@v${entry.version}`).join(','),
        manifestSha256: digest,
      },
      issuedAt: bundle.issuedAt,
    }),
    content: [
      { section: front, pageOrientation: 'portrait', header: lines.header, footer: lines.footer },
      ...parts.flatMap(({ content, control }) => documentSections(content, control, { inBundle: true, footerContext: context })),
    ],
  };
}
