import { Buffer } from 'node:buffer';
import type { ExportedPdf, ManifestEntry } from '../../../shared/api/document-types';
import type { HandlerContext, Handlers } from '../context';
import { sha256Hex } from '../documents/canonical';
import { approvedVersion, documentOrThrow } from '../documents/document-service';
import { controlFor } from '../documents/control-for';
import { requirePassword } from '../documents/workflow-steps';
import { requireIntactProject } from '../audit/integrity-check';
import { writeAudited } from '../audit/write-audited';
import type { VersionRow } from '../documents/documents-repo';
import { anchorHead } from '../signatures/audit-anchor';
import { CairnError } from '../errors';
import { throwIfCancelled } from '../jobs';
import type { PdfSigner } from '../signing/sign-pdf';
import { unlockKey } from '../signing/user-keys';
import { verifyPdf } from '../signing/verify-pdf';
import type { RenderJob } from '../pdf/render-job';
import { technicalFileContents } from '../technical-file/technical-file-bundle';

type ExportHandlers = Pick<Handlers, 'documents.exportPdf' | 'documents.exportTechnicalFile' | 'documents.verifyPdf' | 'jobs.cancel'>;

const pdfEngine = () => import('../pdf/engine');

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Lets the event loop breathe between steps, so progress events reach the window and cancels arrive. */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What a signed PDF says it is: only an approved version is "issued"; anything else says it is not approved. */
function signingReason(state: VersionRow['state']): string {
  if (state === 'approved') return 'issued';
  if (state === 'obsolete') return 'Obsolete — withdrawn, not current';
  return `${state === 'draft' ? 'Draft' : 'In review'} — not approved`;
}

/** Only approvers and owners put their name on an exported PDF. */
export function signerFor(ctx: HandlerContext, password: string | undefined, method: string, reason: string): PdfSigner {
  if (ctx.user.role !== 'approver' && ctx.user.role !== 'owner') {
    throw new CairnError('forbidden', 'Only an approver or an owner can sign an exported PDF.');
  }
  if (!password) throw new CairnError('invalid_input', 'Signing a PDF needs your password.', 'password');
  requirePassword(ctx, password);
  requireIntactProject(ctx.project);
  // The first signature of someone without a key makes one; either way the key signs the trail's head.
  writeAudited(ctx.project, ctx.user, method, ctx.now(), (audit) => anchorHead(ctx, password, reason, audit));
  const key = ctx.project.keys.keyOf(ctx.user.id);
  if (!key) throw new Error(`${ctx.user.name} has no signing key right after anchoring with it.`);
  return {
    key: unlockKey(key, password),
    certificatePem: key.certificatePem,
    fields: { name: ctx.user.name, email: ctx.user.email, reason, location: ctx.project.project.get().manufacturer },
  };
}

/** Renders in the worker (cancellable at any moment), then signs in the core's thread, where the key stays. */
export async function produce(
  ctx: HandlerContext,
  job: DistributiveOmit<RenderJob, 'placeholder'>,
  signer: PdfSigner | null,
  fileName: string,
  onProgress: (fraction: number) => void,
): Promise<ExportedPdf> {
  const { renderInWorker, signPreparedPdf } = await pdfEngine();
  const signingTime = ctx.now();
  const placeholder = signer ? { ...signer.fields, signingTime } : null;
  const rendered = await renderInWorker({ ...job, placeholder } as RenderJob, ctx.signal, onProgress);
  throwIfCancelled(ctx.signal);
  const bytes = signer ? await signPreparedPdf(rendered, signer, new Date(signingTime)) : rendered;
  return { fileName, base64: bytes.toString('base64'), sha256: sha256Hex(bytes), bytes: bytes.length, signed: signer !== null };
}

/** Issuing a file is recorded too: which file (by SHA-256), of what, signed by whom. */
export function recordExport(ctx: HandlerContext, method: string, entityId: string, pdf: ExportedPdf, what: string): void {
  writeAudited(ctx.project, ctx.user, method, ctx.now(), (audit) =>
    audit({ action: 'export', entity: 'document_version', entityId, summary: `${what} exported as PDF${pdf.signed ? `, signed by ${ctx.user.name}` : ''}`, after: { fileName: pdf.fileName, sha256: pdf.sha256, bytes: pdf.bytes, signed: pdf.signed } }),
  );
}

export const exportHandlers: ExportHandlers = {
  'documents.exportPdf': async (input, ctx) => {
    const doc = documentOrThrow(ctx.project, input.documentId);
    const versions = ctx.project.documents.versions(doc.id);
    const version = input.version ? versions.find((v) => v.version === input.version) : (approvedVersion(versions) ?? versions.at(-1));
    if (!version) throw new CairnError('not_found', `${doc.docKey} has no version ${input.version}.`, 'version');
    const label = `${doc.docKey} v${version.version}`;
    const signer = input.sign ? signerFor(ctx, input.password, 'documents.exportPdf', `${label} ${signingReason(version.state)}`) : null;
    ctx.progress(0.1, `Laying out ${label}`);
    await yieldToEvents();
    const { content, control } = controlFor(ctx.project, doc, version, ctx.now());
    const pdf = await produce(ctx, { kind: 'document', content, control }, signer, `${doc.docKey}-v${version.version}.pdf`, (f) => ctx.progress(0.1 + f * 0.8, `Rendering ${label}`));
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
      manifest.push({
        docKey: doc.docKey,
        title: doc.title,
        version: approved.version,
        contentSha256: part.control.contentSha256,
        signatures: part.control.signatures.map((s) => `${s.meaning} by ${s.printedName} (${s.role}) at ${s.signedAt}`),
      });
    }
    if (parts.length === 0) throw new CairnError('conflict', 'No document is approved yet: approve at least one before exporting the technical file.');
    throwIfCancelled(ctx.signal);
    const info = ctx.project.project.get();
    const bundle = { productName: info.productName, manufacturer: info.manufacturer, issuedAt, manifest, index: contents.index };
    const pdf = await produce(ctx, { kind: 'bundle', parts, bundle }, signer, `technical-file-${issuedAt.slice(0, 10)}.pdf`, (f) => ctx.progress(0.4 + f * 0.55, 'Rendering the technical file'));
    throwIfCancelled(ctx.signal);
    recordExport(ctx, 'documents.exportTechnicalFile', 'technical-file', pdf, `Technical file (${parts.length} documents)`);
    ctx.progress(1, 'Technical file ready');
    return { pdf, manifest: { productName: info.productName, manufacturer: info.manufacturer, issuedAt, documents: manifest }, index: contents.view };
  },

  'documents.verifyPdf': (input, ctx) => verifyPdf(Buffer.from(input.base64, 'base64'), ctx.session.project, input.trust),

  'jobs.cancel': (input, ctx) => ({ cancelled: ctx.jobs.cancel(input.method) }),
};
