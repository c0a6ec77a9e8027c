import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { DOCUMENT_TYPES } from '../documents-types';
import type { DocumentDetail, DocumentListItem, ExportedPdf, PdfVerification } from '../documents-types';
import type { TechnicalFileExport } from '../technical-file-types';
import { versionField } from '../../release/version-field';
import { field, method } from '../method';

const documentId = z.object({ documentId: field.id }).strict();

/** Controlled documents, e-signatures and signed PDF export. */
export const documentMethods = {
  'documents.list': method<DocumentListItem[]>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'Every controlled document with its newest version, state, approvals and drift.',
  }),
  'documents.get': method<DocumentDetail>()({
    input: documentId,
    kind: 'query',
    access: 'user',
    doc: 'One document: its versions, signatures, the live content and what changed since approval.',
  }),
  'documents.create': method<DocumentDetail>()({
    input: z.discriminatedUnion('type', [
      z.object({ type: z.literal(DOCUMENT_TYPES[0]) }).strict(),
      z.object({ type: z.literal(DOCUMENT_TYPES[2]) }).strict(),
      z.object({ type: z.literal(DOCUMENT_TYPES[3]) }).strict(),
      z.object({ type: z.literal('srs') }).strict(),
      z.object({ type: z.literal('soup-list') }).strict(),
      z.object({ type: z.literal('problem-log') }).strict(),
      z.object({ type: z.literal('change-log') }).strict(),
      z.object({ type: z.literal('training-record') }).strict(),
      z.object({ type: z.literal('capa-log') }).strict(),
      z.object({ type: z.literal('audit-reports') }).strict(),
      z.object({ type: z.literal('management-reviews') }).strict(),
      z.object({ type: z.literal('supplier-list') }).strict(),
      z.object({ type: z.literal('sdp') }).strict(),
      z.object({ type: z.literal('sad') }).strict(),
      z.object({ type: z.literal('detailed-design') }).strict(),
      z.object({ type: z.literal('trace-matrix') }).strict(),
      z.object({ type: z.literal('risk-plan') }).strict(),
      z.object({ type: z.literal('risk-analysis') }).strict(),
      z.object({ type: z.literal('risk-report') }).strict(),
      z.object({ type: z.literal('verification-records') }).strict(),
      z.object({ type: z.literal('test-plan') }).strict(),
      z.object({ type: z.literal('test-report'), version: versionField }).strict(),
      z.object({ type: z.literal('known-anomalies'), version: versionField }).strict(),
      z.object({ type: z.literal('release-record'), version: versionField }).strict(),
      z
        .object({
          type: z.literal(DOCUMENT_TYPES[1]),
          from: field.instant.nullable().default(null),
          to: field.instant.nullable().default(null),
          entity: z.string().trim().max(LIMITS.name).nullable().default(null),
        })
        .strict(),
    ]),
    kind: 'mutation',
    access: 'user',
    doc: 'Creates a controlled document of a type (first version as a draft).',
  }),
  'documents.sendForReview': method<DocumentDetail>()({
    input: z
      .object({
        versionId: field.id,
        reviewers: z.array(field.id).max(20).default([]),
        approvers: z.array(field.id).min(1, 'Name at least one approver.').max(20),
        changeNote: z.string().trim().max(LIMITS.text).default(''),
        password: field.password,
      })
      .strict(),
    kind: 'mutation',
    access: 'user',
    doc: 'Freezes a draft for review, signs it as author (password re-entered) and names reviewers and approvers.',
  }),
  'documents.sign': method<DocumentDetail>()({
    input: z
      .object({
        versionId: field.id,
        meaning: z.enum(['reviewed', 'approved']),
        password: field.password,
        acknowledgeSelfApproval: z.boolean().default(false),
      })
      .strict(),
    kind: 'mutation',
    access: 'user',
    doc: 'Signs a version in review as reviewer or approver, re-entering the password (21 CFR 11.200).',
  }),
  'documents.signMany': method<{ signed: string[] }>()({
    input: z
      .object({
        versionIds: z.array(field.id).min(1, 'Choose at least one version.').max(100),
        meaning: z.enum(['reviewed', 'approved']),
        password: field.password,
        acknowledgeSelfApproval: z.boolean().default(false),
      })
      .strict(),
    kind: 'mutation',
    access: 'user',
    doc: 'Signs several versions in review with one meaning after one password re-entry; each version gets its own signature, and none is signed if any cannot be. Answers the versions signed ("SRS v2").',
  }),
  'documents.returnToDraft': method<DocumentDetail>()({
    input: z.object({ versionId: field.id, reason: field.text(LIMITS.text) }).strict(),
    kind: 'mutation',
    access: 'user',
    doc: 'Sends a version in review back to draft with a reason; signatures given so far stay on record.',
  }),
  'documents.startRevision': method<DocumentDetail>()({
    input: documentId,
    kind: 'mutation',
    access: 'user',
    doc: 'Starts a new draft version of an approved document.',
  }),
  'documents.exportPdf': method<ExportedPdf>()({
    input: z
      .object({
        documentId: field.id,
        version: z.number().int().positive().optional(),
        sign: z.boolean().default(false),
        password: field.password.optional(),
      })
      .strict(),
    kind: 'job',
    access: 'user',
    doc: "Exports a document version as PDF, optionally with the exporting approver's embedded PAdES signature.",
  }),
  'documents.exportTechnicalFile': method<TechnicalFileExport>()({
    input: z.object({ sign: z.boolean().default(false), password: field.password.optional() }).strict(),
    kind: 'job',
    access: 'user',
    doc: 'Exports every approved document as one bundled PDF with a single table of contents and a manifest.',
  }),
  'documents.verifyPdf': method<PdfVerification>()({
    input: z
      .object({
        base64: field.base64(LIMITS.pdfBase64),
        /** Certificates to trust besides the project's list: PEM text or a SHA-256 fingerprint (hex, colons allowed). */
        trust: z.array(z.string().min(1).max(20_000)).max(20).default([]),
      })
      .strict(),
    kind: 'query',
    access: 'anyone',
    doc: "Checks every signature of a Cairn PDF, its certificate binding and its signer's trust, and, with a project open, whether it matches an approved version.",
  }),
} as const;
