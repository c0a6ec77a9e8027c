import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DocumentContent } from '../../../shared/documents/content';
import type { DocumentControl } from '../../../shared/documents/control';
import { addSignaturePlaceholder, type PlaceholderFields } from '../signing/sign-pdf';
import { renderPdf } from './pdf-bytes';
import { renderBundle, type BundleInfo } from './render-bundle';
import { renderDocument } from './render-document';

/**
 * Everything needed to lay out one export, as plain data: it crosses into the render worker, where the
 * pdfmake definition (which holds functions) is built. The signer's key never leaves the core's thread;
 * only the visible signature fields travel, for the placeholder.
 */
export type RenderJob = (
  { kind: 'document'; content: DocumentContent; control: DocumentControl } | { kind: 'bundle'; parts: { content: DocumentContent; control: DocumentControl }[]; bundle: BundleInfo }
) & { placeholder: PlaceholderFields | null };

function definitionOf(job: RenderJob): TDocumentDefinitions {
  return job.kind === 'document' ? renderDocument(job.content, job.control) : renderBundle(job.parts, job.bundle);
}

/** Lays out and renders a job; with placeholder fields, leaves room for the signature the core then embeds. */
export function renderJob(job: RenderJob, onProgress: (fraction: number) => void): Promise<Buffer> {
  const { placeholder } = job;
  return renderPdf(definitionOf(job), {
    onProgress,
    ...(placeholder ? { beforeEnd: (doc) => addSignaturePlaceholder(doc, placeholder) } : {}),
  });
}
