import type { SigningKeyInfo } from '../../../shared/api/documents-types';
import type { SessionUser } from '../../../shared/api/types';
import type { AuditEntry } from '../audit/audit-repo';
import type { HandlerContext } from '../context';
import type { OpenProject } from '../projects/open-project';
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

type Holder = Pick<SessionUser, 'id' | 'name' | 'email'>;

/** A new key and self-signed certificate for `holder`, not stored yet (an owner may have to approve it first). */
export function makeKey(project: OpenProject, holder: Holder, password: string, at: string): SigningKeyRow {
  const organisation = project.project.get().manufacturer;
  const stored: StoredKey = generateUserKey({ name: holder.name, email: holder.email, organisation }, password, new Date(at));
  return { ...stored, userId: holder.id, source: 'generated', createdAt: at };
}

/**
 * Stores a key made by `makeKey` as its holder's and trusts its certificate in this project: a
 * self-signed certificate made inside the project is vouched for by the project itself.
 */
export function saveGeneratedKey(project: OpenProject, holder: Holder, row: SigningKeyRow, audit: (entry: AuditEntry) => void): SigningKeyRow {
  project.keys.saveKey(row);
  if (!project.keys.isTrusted(row.fingerprint)) {
    project.keys.trust({
      fingerprint: row.fingerprint,
      subject: row.subject,
      certificatePem: row.certificatePem,
      note: `Generated in Cairn for ${holder.name}`,
      addedBy: holder.id,
      addedAt: row.createdAt,
    });
  }
  audit({
    action: 'generate_key',
    entity: 'signing_key',
    entityId: holder.id,
    summary: `Signing key and certificate generated for ${holder.name}`,
    after: { fingerprint: row.fingerprint, subject: row.subject, notAfter: row.notAfter },
  });
  return row;
}

/** Makes and stores a key for `holder` (the signed-in user unless said otherwise). */
export function storeGeneratedKey(ctx: HandlerContext, password: string, audit: HandlerContext['audit'], holder: Holder = ctx.user): SigningKeyRow {
  return saveGeneratedKey(ctx.project, holder, makeKey(ctx.project, holder, password, ctx.now()), audit);
}
