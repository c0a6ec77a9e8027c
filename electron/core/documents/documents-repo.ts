import type { ChangeSummary, DocumentContent } from '../../../shared/documents/content';
import type { DocumentState, SignatureMeaning } from '../../../shared/documents/control';
import type { Duty } from '../../../shared/documents/workflow';
import type { Db } from '../db/connection';

export interface DocumentRow {
  id: number;
  docKey: string;
  docType: string;
  title: string;
  params: Record<string, unknown>;
  createdAt: string;
  createdBy: number;
  retiredAt: string | null;
}

export interface VersionRow {
  id: number;
  documentId: number;
  version: number;
  state: DocumentState;
  authorId: number;
  createdAt: string;
  reviewRound: number;
  content: DocumentContent | null;
  contentSha256: string | null;
  changeNote: string;
  changeSummary: ChangeSummary | null;
  sentAt: string | null;
  approvedAt: string | null;
  obsoletedAt: string | null;
}

export interface SignatureRow {
  id: number;
  versionId: number;
  reviewRound: number;
  userId: number;
  printedName: string;
  role: string;
  meaning: SignatureMeaning;
  signedAt: string;
  contentSha256: string;
  selfApproval: boolean;
}

export interface ParticipantRow {
  versionId: number;
  userId: number;
  duty: Duty;
}

const parse = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

const DOCUMENT_COLUMNS = `id, doc_key AS docKey, doc_type AS docType, title, params_json AS params, created_at AS createdAt,
  created_by AS createdBy, retired_at AS retiredAt`;
const VERSION_COLUMNS = `id, document_id AS documentId, version, state, author_id AS authorId, created_at AS createdAt,
  review_round AS reviewRound, content_json AS content, content_sha256 AS contentSha256, change_note AS changeNote,
  change_summary_json AS changeSummary, sent_at AS sentAt, approved_at AS approvedAt, obsoleted_at AS obsoletedAt`;
const SIGNATURE_COLUMNS = `id, version_id AS versionId, review_round AS reviewRound, user_id AS userId,
  printed_name AS printedName, role, meaning, signed_at AS signedAt, content_sha256 AS contentSha256, self_approval AS selfApproval`;

type Raw<T, K extends keyof T> = Omit<T, K> & { [P in K]: string | null };

function toDocument(raw: Raw<DocumentRow, 'params'>): DocumentRow {
  return { ...raw, params: parse<Record<string, unknown>>(raw.params) ?? {} };
}

function toVersion(raw: Raw<VersionRow, 'content' | 'changeSummary'>): VersionRow {
  return { ...raw, content: parse<DocumentContent>(raw.content), changeSummary: parse<ChangeSummary>(raw.changeSummary) };
}

function toSignature(raw: Omit<SignatureRow, 'selfApproval'> & { selfApproval: number }): SignatureRow {
  return { ...raw, selfApproval: raw.selfApproval === 1 };
}

/** Owns document, document_version, version_participant and signature. */
export class DocumentsRepo {
  constructor(private readonly db: Db) {}

  list(): DocumentRow[] {
    return (this.db.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM document ORDER BY doc_key`).all() as Raw<DocumentRow, 'params'>[]).map(toDocument);
  }

  byId(id: number): DocumentRow | null {
    const raw = this.db.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM document WHERE id = ?`).get(id) as Raw<DocumentRow, 'params'> | undefined;
    return raw ? toDocument(raw) : null;
  }

  byKey(docKey: string): DocumentRow | null {
    const raw = this.db.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM document WHERE doc_key = ?`).get(docKey) as Raw<DocumentRow, 'params'> | undefined;
    return raw ? toDocument(raw) : null;
  }

  insertDocument(d: Omit<DocumentRow, 'id' | 'retiredAt'>): number {
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO document (doc_key, doc_type, title, params_json, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)')
      .run(d.docKey, d.docType, d.title, JSON.stringify(d.params), d.createdAt, d.createdBy);
    return Number(lastInsertRowid);
  }

  versions(documentId: number): VersionRow[] {
    const rows = this.db.prepare(`SELECT ${VERSION_COLUMNS} FROM document_version WHERE document_id = ? ORDER BY version`).all(documentId);
    return (rows as Raw<VersionRow, 'content' | 'changeSummary'>[]).map(toVersion);
  }

  /** Every document's newest version, for the list screen, in one query. */
  latestVersions(): VersionRow[] {
    const rows = this.db
      .prepare(
        `SELECT ${VERSION_COLUMNS} FROM document_version v
         WHERE version = (SELECT max(version) FROM document_version WHERE document_id = v.document_id)`,
      )
      .all();
    return (rows as Raw<VersionRow, 'content' | 'changeSummary'>[]).map(toVersion);
  }

  version(id: number): VersionRow | null {
    const raw = this.db.prepare(`SELECT ${VERSION_COLUMNS} FROM document_version WHERE id = ?`).get(id);
    return raw ? toVersion(raw as Raw<VersionRow, 'content' | 'changeSummary'>) : null;
  }

  insertVersion(v: Pick<VersionRow, 'documentId' | 'version' | 'authorId' | 'createdAt' | 'changeSummary'>): number {
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO document_version (document_id, version, state, author_id, created_at, change_summary_json)
         VALUES (?, ?, 'draft', ?, ?, ?)`,
      )
      .run(v.documentId, v.version, v.authorId, v.createdAt, v.changeSummary ? JSON.stringify(v.changeSummary) : null);
    return Number(lastInsertRowid);
  }

  /** Freezes the content a review round will sign and names who signs it. */
  startReview(
    versionId: number,
    p: { authorId: number; content: DocumentContent; sha256: string; changeNote: string; at: string; participants: Omit<ParticipantRow, 'versionId'>[] },
  ): void {
    this.db
      .prepare(
        `UPDATE document_version SET state = 'in_review', author_id = ?, review_round = review_round + 1, content_json = ?,
         content_sha256 = ?, change_note = ?, sent_at = ? WHERE id = ?`,
      )
      .run(p.authorId, JSON.stringify(p.content), p.sha256, p.changeNote, p.at, versionId);
    this.db.prepare('DELETE FROM version_participant WHERE version_id = ?').run(versionId);
    const add = this.db.prepare('INSERT INTO version_participant (version_id, user_id, duty) VALUES (?, ?, ?)');
    for (const person of p.participants) add.run(versionId, person.userId, person.duty);
  }

  /** Back to draft: the frozen content is released; the round's signatures stay on record. */
  returnToDraft(versionId: number): void {
    this.db.prepare(`UPDATE document_version SET state = 'draft', content_json = NULL, content_sha256 = NULL, sent_at = NULL WHERE id = ?`).run(versionId);
  }

  markApproved(versionId: number, at: string): void {
    this.db.prepare(`UPDATE document_version SET state = 'approved', approved_at = ? WHERE id = ?`).run(at, versionId);
  }

  markObsolete(versionId: number, at: string): void {
    this.db.prepare(`UPDATE document_version SET state = 'obsolete', obsoleted_at = ? WHERE id = ?`).run(at, versionId);
  }

  participants(versionId: number): ParticipantRow[] {
    return this.db
      .prepare('SELECT version_id AS versionId, user_id AS userId, duty FROM version_participant WHERE version_id = ? ORDER BY duty DESC, user_id')
      .all(versionId) as ParticipantRow[];
  }

  signatures(versionId: number): SignatureRow[] {
    const rows = this.db.prepare(`SELECT ${SIGNATURE_COLUMNS} FROM signature WHERE version_id = ? ORDER BY id`).all(versionId);
    return (rows as (Omit<SignatureRow, 'selfApproval'> & { selfApproval: number })[]).map(toSignature);
  }

  insertSignature(s: Omit<SignatureRow, 'id'>): SignatureRow {
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO signature (version_id, review_round, user_id, printed_name, role, meaning, signed_at, content_sha256, self_approval)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(s.versionId, s.reviewRound, s.userId, s.printedName, s.role, s.meaning, s.signedAt, s.contentSha256, s.selfApproval ? 1 : 0);
    return { ...s, id: Number(lastInsertRowid) };
  }
}
