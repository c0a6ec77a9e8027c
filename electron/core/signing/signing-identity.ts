import type { SigningKeyInfo } from '../../../shared/api/document-types';
import type { HandlerContext } from '../context';
import type { SigningKeyRow } from './keys-repo';
import { generateUserKey, type StoredKey } from './user-keys';

export function keyInfo(ctx: HandlerContext, row: SigningKeyRow | null): SigningKeyInfo {
  return {
    hasKey: row !== null,
    fingerprint: row?.fingerprint ?? null,
    subject: row?.subject ?? null,
    notAfter: row?.notAfter ?? null,
    source: row?.source ?? null,
    trusted: row ? ctx.project.keys.isTrusted(row.fingerprint) : false,
  };
}

/**
 * Makes a new key for the signed-in user and trusts its certificate in this project: a self-signed
 * certificate made inside the project is vouched for by the project itself.
 */
export function storeGeneratedKey(ctx: HandlerContext, password: string, audit: HandlerContext['audit']): SigningKeyRow {
  const user = ctx.user;
  const organisation = ctx.project.project.get().manufacturer;
  const stored: StoredKey = generateUserKey({ name: user.name, email: user.email, organisation }, password, new Date(ctx.now()));
  const row: SigningKeyRow = { ...stored, userId: user.id, source: 'generated', createdAt: ctx.now() };
  ctx.project.keys.saveKey(row);
  if (!ctx.project.keys.isTrusted(row.fingerprint)) {
    ctx.project.keys.trust({ fingerprint: row.fingerprint, subject: row.subject, certificatePem: row.certificatePem, note: `Generated in Cairn for ${user.name}`, addedBy: user.id, addedAt: ctx.now() });
  }
  audit({ action: 'generate_key', entity: 'signing_key', entityId: user.id, summary: `Signing key and certificate generated for ${user.name}`, after: { fingerprint: row.fingerprint, subject: row.subject, notAfter: row.notAfter } });
  return row;
}
