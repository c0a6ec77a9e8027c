import type { ChangeSummary, DocumentContent } from '../documents/content';
import type { DocumentState, SignatureManifestation } from '../documents/control';
import type { Duty } from '../documents/workflow';

/** The kinds of controlled document this version of Cairn can generate. */
export const DOCUMENT_TYPES = [
  'project-summary',
  'audit-extract',
  'safety-classification',
  'compliance-plan',
  'sdp',
  'srs',
  'soup-list',
  'trace-matrix',
  'sad',
  'detailed-design',
  'qms-manual',
  'sop',
  'risk-plan',
  'risk-analysis',
  'risk-report',
  'test-plan',
  'test-report',
  'known-anomalies',
  'release-record',
  'verification-records',
  'problem-log',
  'change-log',
  'training-record',
  'capa-log',
  'audit-reports',
  'management-reviews',
  'supplier-list',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export interface SignatureView extends SignatureManifestation {
  id: number;
  userId: number;
  reviewRound: number;
  /** Given in the version's current review round (earlier rounds were returned to draft). */
  current: boolean;
}

export interface ParticipantView {
  userId: number;
  name: string;
  duty: Duty;
  signed: boolean;
}

export interface VersionView {
  id: number;
  version: number;
  state: DocumentState;
  authorId: number;
  authorName: string;
  createdAt: string;
  sentAt: string | null;
  approvedAt: string | null;
  obsoletedAt: string | null;
  reviewRound: number;
  changeNote: string;
  changeSummary: ChangeSummary | null;
  contentSha256: string | null;
  participants: ParticipantView[];
  signatures: SignatureView[];
}

export interface DocumentListItem {
  id: number;
  docKey: string;
  title: string;
  type: DocumentType;
  version: number;
  state: DocumentState;
  authorName: string;
  approvals: { name: string; meaning: string; signedAt: string }[];
  lastChange: string;
  /** The approved version's records have changed since it was signed. */
  changedSinceApproved: boolean;
  retired: boolean;
}

export interface DocumentDetail {
  id: number;
  docKey: string;
  title: string;
  type: DocumentType;
  params: Record<string, unknown>;
  retired: boolean;
  versions: VersionView[];
  /** The document as the records say now (what a draft shows). */
  live: { content: DocumentContent; sha256: string };
  changedSinceApproved: boolean;
  /** Records added, changed or removed since the approved version. */
  changesSinceApproved: ChangeSummary | null;
}

export interface ExportedPdf {
  fileName: string;
  /** The PDF itself, base64-encoded so it crosses every door as JSON. */
  base64: string;
  sha256: string;
  bytes: number;
  signed: boolean;
}

export interface ManifestEntry {
  docKey: string;
  title: string;
  version: number;
  contentSha256: string;
  signatures: string[];
}

export interface SigningKeyInfo {
  hasKey: boolean;
  fingerprint: string | null;
  subject: string | null;
  notAfter: string | null;
  source: 'generated' | 'imported' | null;
  trusted: boolean;
}

export interface TrustedCertificateView {
  id: number;
  fingerprint: string;
  subject: string;
  note: string;
  addedAt: string;
  addedBy: string;
}

export interface PdfVerification {
  /**
   * True only when every check holds: every signature valid, the last covering the whole file, each
   * signing-certificate-v2 digest matching its certificate, every signer trusted (by the project's list or
   * a trust anchor given), and with a project the document matching an approved version.
   */
  verified: boolean;
  /** One line for people: "verified", "intact, signer not verified", or the failed checks. */
  verdict: string;
  /** How many signatures the file carries; each one is checked. */
  signatureCount: number;
  signed: boolean;
  /** The signed byte ranges are unchanged and the signature verifies against the signer's key. */
  intact: boolean;
  /** The signature covers the whole file (nothing appended afterwards). */
  coversWholeFile: boolean;
  signer: { name: string; email: string | null; fingerprint: string; trusted: boolean | null } | null;
  signedAt: string | null;
  subFilter: string | null;
  document: { docKey: string; version: number; contentSha256: string } | null;
  /** Present when checked against a project file. */
  project: { matchesApproved: boolean; matchesRecords: boolean; detail: string } | null;
  problems: string[];
}
