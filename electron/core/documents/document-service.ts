import { DOCUMENT_TYPES, type DocumentDetail, type DocumentListItem, type DocumentType, type SignatureView, type VersionView } from '../../../shared/api/documents-types';
import type { DocumentContent } from '../../../shared/documents/content';
import type { VersionFacts } from '../../../shared/documents/workflow';
import { CairnError } from '../errors';
import type { OpenProject } from '../projects/open-project';
import { documentKind } from './document-kinds';
import type { DocumentRow, VersionRow } from './documents-repo';
import { approvedVersion, contentSha256, driftOf, exportedVersion } from './version-state';

export { approvedVersion, contentSha256, driftOf, exportedVersion };

export function typeOf(doc: DocumentRow): DocumentType {
  if (!(DOCUMENT_TYPES as readonly string[]).includes(doc.docType)) throw new Error(`Unknown document type ${doc.docType}.`);
  return doc.docType as DocumentType;
}

/** The document as its records say now. */
export function liveContent(project: OpenProject, doc: DocumentRow): { content: DocumentContent; sha256: string } {
  const content = documentKind(typeOf(doc)).gather(project, doc);
  return { content, sha256: contentSha256(content) };
}

export function documentOrThrow(project: OpenProject, id: number): DocumentRow {
  const doc = project.documents.byId(id);
  if (!doc) throw new CairnError('not_found', `There is no document with id ${id}.`, 'documentId');
  return doc;
}

export function versionOrThrow(project: OpenProject, id: number): { version: VersionRow; doc: DocumentRow } {
  const version = project.documents.version(id);
  if (!version) throw new CairnError('not_found', `There is no document version with id ${id}.`, 'versionId');
  return { version, doc: documentOrThrow(project, version.documentId) };
}

/** The version's review round as the workflow rules see it. */
export function versionFacts(project: OpenProject, version: VersionRow): VersionFacts {
  return {
    state: version.state,
    authorId: version.authorId,
    participants: project.documents.participants(version.id),
    signatures: project.documents.signatures(version.id).filter((s) => s.reviewRound === version.reviewRound),
  };
}

function nameOf(project: OpenProject, userId: number): string {
  return project.users.byId(userId)?.name ?? `user ${userId}`;
}

function versionView(project: OpenProject, v: VersionRow, liveSha: string): VersionView {
  const signatures: SignatureView[] = project.documents.signatures(v.id).map((s) => ({
    id: s.id,
    userId: s.userId,
    reviewRound: s.reviewRound,
    current: s.reviewRound === v.reviewRound && v.state !== 'draft',
    printedName: s.printedName,
    role: s.role,
    meaning: s.meaning,
    signedAt: s.signedAt,
    contentSha256: s.contentSha256,
    matchesContent: s.contentSha256 === liveSha,
    selfApproval: s.selfApproval,
  }));
  const facts = versionFacts(project, v);
  return {
    id: v.id,
    version: v.version,
    state: v.state,
    authorId: v.authorId,
    authorName: nameOf(project, v.authorId),
    createdAt: v.createdAt,
    sentAt: v.sentAt,
    approvedAt: v.approvedAt,
    obsoletedAt: v.obsoletedAt,
    reviewRound: v.reviewRound,
    changeNote: v.changeNote,
    changeSummary: v.changeSummary,
    contentSha256: v.contentSha256,
    participants: facts.participants.map((p) => ({
      userId: p.userId,
      name: nameOf(project, p.userId),
      duty: p.duty,
      signed: facts.signatures.some((s) => s.userId === p.userId && s.meaning === (p.duty === 'reviewer' ? 'reviewed' : 'approved')),
    })),
    signatures,
  };
}

export function documentDetail(project: OpenProject, id: number): DocumentDetail {
  const doc = documentOrThrow(project, id);
  const versions = project.documents.versions(doc.id);
  const live = liveContent(project, doc);
  const drift = driftOf(approvedVersion(versions), live);
  return {
    id: doc.id,
    docKey: doc.docKey,
    title: doc.title,
    type: typeOf(doc),
    params: doc.params,
    retired: doc.retiredAt !== null,
    versions: versions.map((v) => versionView(project, v, live.sha256)),
    live,
    changedSinceApproved: drift !== null,
    changesSinceApproved: drift,
  };
}

export function documentList(project: OpenProject): DocumentListItem[] {
  return project.documents.list().map((doc) => {
    const versions = project.documents.versions(doc.id);
    const latest = versions.at(-1);
    if (!latest) throw new Error(`Document ${doc.docKey} has no version.`);
    const approved = approvedVersion(versions);
    const shown = approved ?? latest;
    const signatures = project.documents.signatures(shown.id).filter((s) => s.reviewRound === shown.reviewRound);
    return {
      id: doc.id,
      docKey: doc.docKey,
      title: doc.title,
      type: typeOf(doc),
      version: latest.version,
      state: latest.state,
      authorName: nameOf(project, latest.authorId),
      approvals: signatures.map((s) => ({ name: s.printedName, meaning: s.meaning, signedAt: s.signedAt })),
      lastChange:
        [latest.createdAt, latest.sentAt, latest.approvedAt, latest.obsoletedAt]
          .filter((t): t is string => t !== null)
          .sort()
          .at(-1) ?? latest.createdAt,
      changedSinceApproved: driftOf(approved, liveContent(project, doc)) !== null,
      retired: doc.retiredAt !== null,
    };
  });
}
