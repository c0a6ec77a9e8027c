/** Document-control facts printed around a document's content: cover, approvals, history, footer. */

export const DOCUMENT_STATES = ['draft', 'in_review', 'approved', 'obsolete'] as const;
export type DocumentState = (typeof DOCUMENT_STATES)[number];

export const STATE_LABELS: Record<DocumentState, string> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  obsolete: 'Obsolete',
};

export const SIGNATURE_MEANINGS = ['authored', 'reviewed', 'approved'] as const;
export type SignatureMeaning = (typeof SIGNATURE_MEANINGS)[number];

/** One e-signature as 21 CFR 11.50 wants it shown: printed name, role, meaning, UTC time. */
export interface SignatureManifestation {
  printedName: string;
  role: string;
  meaning: SignatureMeaning;
  /** ISO-8601 UTC. */
  signedAt: string;
  /** SHA-256 of the content the signature covers. */
  contentSha256: string;
  /** False when the content has changed since this signature was given. */
  matchesContent: boolean;
  /** The signer approved their own document after acknowledging the warning (solo founder). */
  selfApproval: boolean;
}

export interface RevisionEntry {
  version: number;
  date: string;
  author: string;
  summary: string;
  state: DocumentState;
}

export interface DocumentControl {
  docKey: string;
  title: string;
  version: number;
  state: DocumentState;
  productName: string;
  manufacturer: string;
  /** The date the PDF shows on its cover (ISO-8601). */
  issuedAt: string;
  contentSha256: string;
  signatures: SignatureManifestation[];
  revisions: RevisionEntry[];
  /** Set when the approved content no longer matches the records: the PDF must say so. */
  changedSinceApproval: boolean;
  /**
   * The audit trail's head when the file was made, and the certificates of the people who signed, so a
   * reader can later prove the project's history still contains this moment (`cairn verify --anchor`).
   */
  anchor?: { auditSeq: number; auditHash: string; certificates: { name: string; fingerprint: string }[] };
}
