import { Buffer } from 'node:buffer';
import type { HandlerContext, Handlers } from '../context';
import { requirePassword } from '../documents/workflow-steps';
import { approveTrustChange, type OwnerSignature } from '../signatures/trust-approval';
import type { SigningKeyRow } from '../signing/keys-repo';
import { keyInfo, makeKey, saveGeneratedKey } from '../signing/signing-identity';
import { importPkcs12 } from '../signing/user-keys';

type KeysHandlers = Pick<Handlers, 'keys.mine' | 'keys.generate' | 'keys.importPkcs12'>;

/**
 * A person's very first key needs nobody's approval; replacing it changes whose signature counts as
 * theirs, so an owner e-signs the new certificate.
 */
function approveReplacement(ctx: HandlerContext, row: SigningKeyRow, owner: OwnerSignature | undefined, password: string): void {
  if (!ctx.project.keys.keyOf(ctx.user.id)) return;
  approveTrustChange(ctx, { entityType: 'signing_key', entityId: ctx.user.id, humanId: `signing key of ${ctx.user.name}`, fingerprint: row.fingerprint }, owner, password);
}

export const keysHandlers: KeysHandlers = {
  'keys.mine': (_input, ctx) => keyInfo(ctx, ctx.project.keys.keyOf(ctx.user.id)),

  'keys.generate': (input, ctx) => {
    requirePassword(ctx, input.password);
    const row = makeKey(ctx.project, ctx.user, input.password, ctx.now());
    approveReplacement(ctx, row, input.owner, input.password);
    return keyInfo(ctx, saveGeneratedKey(ctx.project, ctx.user, row, ctx.audit));
  },

  'keys.importPkcs12': (input, ctx) => {
    requirePassword(ctx, input.password);
    const stored = importPkcs12(Buffer.from(input.p12Base64, 'base64'), input.p12Password, input.password);
    const row = { ...stored, userId: ctx.user.id, source: 'imported' as const, createdAt: ctx.now() };
    approveReplacement(ctx, row, input.owner, input.password);
    ctx.project.keys.saveKey(row);
    ctx.audit({
      action: 'import_key',
      entity: 'signing_key',
      entityId: ctx.user.id,
      summary: `${ctx.user.name} imported a signing certificate (${row.subject})`,
      after: { fingerprint: row.fingerprint, subject: row.subject, notAfter: row.notAfter },
    });
    return keyInfo(ctx, row);
  },
};
