import { configuredPdfmake } from './fonts';
import { installInlineShape } from './inline-shape';
import { installPageRelease } from './page-release';
import { installRowPainter } from './row-painter';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/** The unfinished pdfkit document pdfmake builds; a signer adds its placeholder to it before it ends. */
export type PdfKitDocument = PDFKit.PDFDocument;

export interface RenderPdfOptions {
  /** Runs after layout, before the document ends: the place to add a signature placeholder. */
  beforeEnd?: (doc: PdfKitDocument) => void;
  /** Drawing progress from 0 to 1 in steps of at least 1 %; pdfmake reports nothing while it lays pages out. */
  onProgress?: (fraction: number) => void;
}

/**
 * Lays out a definition and returns the finished PDF bytes. Generic on purpose: signing is the caller's
 * business, done through `beforeEnd`.
 */
export async function renderPdf(dd: TDocumentDefinitions, options: RenderPdfOptions = {}): Promise<Buffer> {
  const pdfmake = configuredPdfmake();
  installRowPainter();
  installPageRelease();
  installInlineShape();
  // pdfmake reads its progress callback into the job synchronously inside createPdf, so setting and
  // clearing it around the call keeps concurrent renders from reporting into each other's callbacks.
  pdfmake.setProgressCallback(throttled(options.onProgress));
  const created = pdfmake.createPdf(dd);
  pdfmake.setProgressCallback(() => undefined);
  const doc = await created.getStream();
  options.beforeEnd?.(doc);
  return collect(doc);
}

/** pdfmake reports after every drawn item; callers want a handful of steps, not a hundred thousand. */
function throttled(onProgress: ((fraction: number) => void) | undefined): (fraction: number) => void {
  if (!onProgress) return () => undefined;
  let last = -1;
  return (fraction) => {
    if (fraction - last >= 0.01 || fraction >= 1) {
      last = fraction;
      onProgress(Math.min(1, fraction));
    }
  };
}

function collect(doc: PdfKitDocument): Promise<Buffer> {
  return new Promise((resolvePdf, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolvePdf(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
