import { checkIntegrity } from '../audit/integrity-check';
import { integrityStatus } from '../audit/integrity-watch';
import type { Handlers } from '../context';

type AuditHandlers = Pick<Handlers, 'audit.list' | 'audit.facets' | 'audit.verify' | 'audit.integrityStatus'>;

export const auditHandlers: AuditHandlers = {
  'audit.list': (input, ctx) => ctx.project.audit.list(input),
  'audit.facets': (_input, ctx) => ctx.project.audit.facets(),
  'audit.integrityStatus': (_input, ctx) => integrityStatus(ctx.project, ctx.now),
  'audit.verify': (input, ctx) => checkIntegrity(ctx.project, input.anchorPdfBase64 === undefined ? undefined : Buffer.from(input.anchorPdfBase64, 'base64')),
};
