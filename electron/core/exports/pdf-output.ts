// How the core turns a render job into a PDF the user receives: who may sign it, rendering in the worker,
// signing in the core's thread, and the audit row that records the file issued.
import type { ExportedPdf } from '../../../shared/api/documents-types';
import { requireIntactProject } from '../audit/integrity-check';
import { writeAudited } from '../audit/write-audited';
import type { HandlerContext } from '../context';
import { sha256Hex } from '../documents/canonical';
import type { VersionRow } from '../documents/documents-repo';
import { requirePassword } from '../documents/workflow-steps';
import { CairnError } from '../errors';
import { throwIfCancelled } from '../jobs';
import type { RenderJob } from '../pdf/render-job';
import { anchorHead } from '../signatures/audit-anchor';
import type { PdfSigner } from '../signing/sign-pdf';

const pdfEngine = () => import('../pdf/engine');

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Lets the event loop breathe between steps, so progress events reach the window and cancels arrive. */
export const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What a signed PDF says it is: only an approved version is "issued"; anything else says it is not approved. */
export function signingReason(state: VersionRow['state']): string {
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
    key: ctx.session.passwords.unseal(key.encryptedKeyPem, password),
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
    audit({
      action: 'export',
      entity: 'document_version',
      entityId,
      summary: `${what} exported as PDF${pdf.signed ? `, signed by ${ctx.user.name}` : ''}`,
      after: { fileName: pdf.fileName, sha256: pdf.sha256, bytes: pdf.bytes, signed: pdf.signed },
    }),
  );
}
