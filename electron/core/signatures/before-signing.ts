import type { SessionUser } from '../../../shared/api/types';
import { requireIntactProject } from '../audit/integrity-check';
import type { HandlerContext } from '../context';
import { requirePassword } from '../documents/workflow-steps';
import { anchorHead } from './audit-anchor';

/**
 * What every e-signature does first, inside its transaction: the signer re-enters their password
 * (11.200), the file must pass its own integrity check, and the signer's key signs the trail's head.
 */
export function prepareSignature(ctx: HandlerContext, password: string, reason: string, signer: SessionUser = ctx.user): void {
  requirePassword(ctx, password, signer);
  requireIntactProject(ctx.project);
  anchorHead(ctx, password, reason, ctx.audit, signer);
}
