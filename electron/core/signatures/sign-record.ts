import type { RecordSignature } from '../../../shared/api/signature-types';
import type { SessionUser } from '../../../shared/api/types';
import type { HandlerContext } from '../context';
import { canonicalJson, sha256Hex } from '../documents/canonical';
import { prepareSignature } from './before-signing';

export interface RecordToSign {
  /** The record's table or area name, e.g. `change_request`. */
  entityType: string;
  entityId: number;
  /** The human ID shown in the audit row, e.g. `CR-3`. */
  humanId: string;
  meaning: string;
  /** Exactly the data the signature covers; the same data hashes the same whatever its key order. */
  content: unknown;
}

export const contentHashOf = (content: unknown): string => sha256Hex(canonicalJson(content));

/**
 * Signs a record as the person signed in, after they re-enter their password (21 CFR 11.200), binding
 * name, role, meaning and time to a hash of the record's content (11.50, 11.70). Audited here so no
 * caller can sign without a trail row.
 */
export function signRecord(ctx: HandlerContext, record: RecordToSign, password: string, signer: SessionUser = ctx.user): RecordSignature {
  prepareSignature(ctx, password, `${record.humanId} ${record.meaning}`, signer);
  const stored = ctx.project.recordSignatures.insert({
    entityType: record.entityType,
    entityId: record.entityId,
    meaning: record.meaning,
    signerId: signer.id,
    signerName: signer.name,
    signerRole: signer.role,
    contentHash: contentHashOf(record.content),
    signedAt: ctx.now(),
  });
  ctx.audit({
    action: 'sign',
    entity: record.entityType,
    entityId: record.humanId,
    summary: `${record.humanId} signed by ${signer.name} (${signer.role}) meaning "${record.meaning}"`,
    after: { meaning: stored.meaning, contentHash: stored.contentHash, signedAt: stored.signedAt },
  });
  return { ...stored, current: true };
}

/** A record's signatures, each saying whether it still covers the record's current content. */
export function signaturesOf(ctx: HandlerContext, entityType: string, entityId: number, content: unknown): RecordSignature[] {
  const hash = contentHashOf(content);
  return ctx.project.recordSignatures.of(entityType, entityId).map((s) => ({ ...s, current: s.contentHash === hash }));
}
