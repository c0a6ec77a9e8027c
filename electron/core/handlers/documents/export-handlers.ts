import { Buffer } from 'node:buffer';
import type { ManifestEntry } from '../../../../shared/api/documents-types';
import type { Handlers } from '../../context';
import { documentOrThrow, exportedVersion } from '../../documents/document-service';
import { controlFor, manifestEntry } from '../../documents/control-for';
import { CairnError } from '../../errors';
import { throwIfCancelled } from '../../jobs';
import { verifyPdf } from '../../signing/verify-pdf';
import { technicalFileContents } from '../../technical-file/technical-file-bundle';
import { produce, recordExport, signerFor, signingReason, yieldToEvents } from '../../exports/pdf-output';

type ExportHandlers = Pick<Handlers, 'documents.exportPdf' | 'documents.exportTechnicalFile' | 'documents.verifyPdf'>;

export const exportHandlers: ExportHandlers = {
  'documents.exportPdf': async (input, ctx) => {
    const doc = documentOrThrow(ctx.project, input.documentId);
    const versions = ctx.project.documents.versions(doc.id);
    const version = input.version ? versions.find((v) => v.version === input.version) : exportedVersion(versions);
    if (!version) throw new CairnError('not_found', `${doc.docKey} has no version ${input.version}.`, 'version');
    const label = `${doc.docKey} v${version.version}`;
    const signer = input.sign ? signerFor(ctx, input.password, 'documents.exportPdf', `${label} ${signingReason(version.state)}`) : null;
    ctx.progress(0.1, `Laying out ${label}`);
    await yieldToEvents();
    const { content, control } = controlFor(ctx.project, doc, version, ctx.now());
    const pdf = await produce(ctx, { kind: 'document', content, control }, signer, `${doc.docKey}-v${version.version}.pdf`, (f) =>
      ctx.progress(0.1 + f * 0.8, `Rendering ${label}`),
    );
    throwIfCancelled(ctx.signal);
    recordExport(ctx, 'documents.exportPdf', label, pdf, label);
    ctx.progress(1, `${label} ready`);
    return pdf;
  },

  'documents.exportTechnicalFile': async (input, ctx) => {
    const signer = input.sign ? signerFor(ctx, input.password, 'documents.exportTechnicalFile', 'Technical file issued') : null;
    const issuedAt = ctx.now();
    const contents = technicalFileContents(ctx.project);
    const parts = [];
    const manifest: ManifestEntry[] = [];
    for (const [index, { doc, approved }] of contents.documents.entries()) {
      throwIfCancelled(ctx.signal);
      ctx.progress((index / contents.documents.length) * 0.4, `Gathering ${doc.docKey}`);
      await yieldToEvents();
      const part = controlFor(ctx.project, doc, approved, issuedAt);
      parts.push(part);
      manifest.push(manifestEntry(doc, approved, part.control));
    }
    if (parts.length === 0) throw new CairnError('conflict', 'No document is approved yet: approve at least one before exporting the technical file.');
    throwIfCancelled(ctx.signal);
    const info = ctx.project.project.get();
    const bundle = { productName: info.productName, manufacturer: info.manufacturer, issuedAt, manifest, index: contents.index };
    const pdf = await produce(ctx, { kind: 'bundle', parts, bundle }, signer, `technical-file-${issuedAt.slice(0, 10)}.pdf`, (f) =>
      ctx.progress(0.4 + f * 0.55, 'Rendering the technical file'),
    );
    throwIfCancelled(ctx.signal);
    recordExport(ctx, 'documents.exportTechnicalFile', 'technical-file', pdf, `Technical file (${parts.length} documents)`);
    ctx.progress(1, 'Technical file ready');
    return { pdf, manifest: { productName: info.productName, manufacturer: info.manufacturer, issuedAt, documents: manifest }, index: contents.view };
  },

  'documents.verifyPdf': (input, ctx) => verifyPdf(Buffer.from(input.base64, 'base64'), ctx.session.project, input.trust),
};
