import { checkIntegrity } from '../audit/integrity-check';
import type { Handlers } from '../context';

type AuditHandlers = Pick<Handlers, 'audit.list' | 'audit.facets' | 'audit.verify'>;

export const auditHandlers: AuditHandlers = {
  'audit.list': (input, ctx) => ctx.project.audit.list(input),
  'audit.facets': (_input, ctx) => ctx.project.audit.facets(),
  'audit.verify': (_input, ctx) => checkIntegrity(ctx.project),
};
