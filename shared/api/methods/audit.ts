import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { field, method } from '../method';
import type { AuditFacets, AuditPage, ChainReport, IntegrityStatus } from '../audit-types';

export const AUDIT_SORT_COLUMNS = ['seq', 'at', 'userName', 'action', 'entity', 'entityId'] as const;

/** The audit trail: pages, filters, the background integrity check and the full verification. */
export const auditMethods = {
  'audit.list': method<AuditPage>()({
    input: z
      .object({
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(LIMITS.pageSize).default(200),
        sort: z
          .object({ column: z.enum(AUDIT_SORT_COLUMNS), dir: z.enum(['asc', 'desc']) })
          .strict()
          .default({ column: 'seq', dir: 'desc' }),
        filter: z
          .object({
            text: z.string().max(LIMITS.name).optional(),
            entity: z.string().max(LIMITS.name).optional(),
            /** One record's own rows (its human ID, e.g. REQ-12), for the history shown beside it. */
            entityId: z.string().max(LIMITS.name).optional(),
            action: z.string().max(LIMITS.name).optional(),
            userId: field.id.optional(),
            from: field.instant.optional(),
            to: field.instant.optional(),
          })
          .strict()
          .default({}),
      })
      .strict(),
    kind: 'query',
    access: 'user',
    doc: 'One page of the audit trail, filtered and sorted.',
  }),
  'audit.facets': method<AuditFacets>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'The entities, actions and people that occur in the audit trail, for filters.',
  }),
  'audit.integrityStatus': method<IntegrityStatus>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'The integrity check that runs in the background when a project opens: progress while it runs, then its verdict (the same as audit.verify).',
  }),
  'audit.verify': method<ChainReport>()({
    input: z
      .object({
        /** A PDF Cairn exported: its recorded audit head must still be in this project's history. */
        anchorPdfBase64: z
          .string()
          .max(LIMITS.pdfBase64)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64-encoded data.')
          .optional(),
      })
      .strict(),
    kind: 'query',
    access: 'project',
    doc: "Recomputes the audit trail's hash chain, holds every record against the state the trail recorded for it, checks anchors, frozen content and secrets; reports each problem.",
  }),
} as const;
