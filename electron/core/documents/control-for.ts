import type { DocumentContent } from '../../../shared/documents/content';
import type { ManifestEntry } from '../../../shared/api/documents-types';
import type { DocumentControl, RevisionEntry } from '../../../shared/documents/control';
import type { OpenProject } from '../projects/open-project';
import { approvedVersion, driftOf, liveContent } from './document-service';
import type { DocumentRow, VersionRow } from './documents-repo';
import { describeChanges } from './drift';
import { checkedFrozenContent } from './frozen-content';

function revisionOf(project: OpenProject, v: VersionRow): RevisionEntry {
  const summary = v.changeNote || (v.changeSummary ? `Records: ${describeChanges(v.changeSummary)}` : v.version === 1 ? 'First issue' : 'New version');
  return {
    version: v.version,
    date: v.approvedAt ?? v.sentAt ?? v.createdAt,
    author: project.users.byId(v.authorId)?.name ?? `user ${v.authorId}`,
    summary,
    state: v.state,
  };
}

/** A version's content as issued: frozen when it went to review, the live records while it is a draft. */
export function issuedContent(project: OpenProject, doc: DocumentRow, v: VersionRow): { content: DocumentContent; sha256: string } {
  return checkedFrozenContent(v, `${doc.docKey} v${v.version}`) ?? liveContent(project, doc);
}

/** The trail's head now, and the certificate fingerprint of each signer who has a key. */
function anchorFor(project: OpenProject, signerIds: number[]): NonNullable<DocumentControl['anchor']> {
  const head = project.audit.head();
  const certificates = [...new Set(signerIds)].flatMap((id) => {
    const key = project.keys.keyOf(id);
    const user = project.users.byId(id);
    return key && user ? [{ name: user.name, fingerprint: key.fingerprint }] : [];
  });
  return { auditSeq: head.seq, auditHash: head.hash, certificates };
}

/**
 * Everything the PDF prints around the content of one version. An approved (or since obsoleted) version was
 * issued when it was approved, whenever it is printed; a draft or a version in review is dated when printed.
 */
export function controlFor(project: OpenProject, doc: DocumentRow, v: VersionRow, printedAt: string): { content: DocumentContent; control: DocumentControl } {
  const versions = project.documents.versions(doc.id);
  const issued = issuedContent(project, doc, v);
  const live = liveContent(project, doc);
  const info = project.project.get();
  const signatures = v.state === 'draft' ? [] : project.documents.signatures(v.id).filter((s) => s.reviewRound === v.reviewRound);
  const drifted = v.state === 'approved' && driftOf(approvedVersion(versions), live) !== null;
  return {
    content: issued.content,
    control: {
      docKey: doc.docKey,
      title: doc.title,
      version: v.version,
      state: v.state,
      productName: info.productName,
      manufacturer: info.manufacturer,
      issuedAt: v.approvedAt ?? printedAt,
      contentSha256: issued.sha256,
      signatures: signatures.map((s) => ({
        printedName: s.printedName,
        role: s.role,
        meaning: s.meaning,
        signedAt: s.signedAt,
        contentSha256: s.contentSha256,
        matchesContent: s.contentSha256 === live.sha256,
        selfApproval: s.selfApproval,
      })),
      revisions: versions.filter((x) => x.version <= v.version).map((x) => revisionOf(project, x)),
      changedSinceApproval: drifted,
      anchor: anchorFor(
        project,
        signatures.map((s) => s.userId),
      ),
    },
  };
}

/** A bundle's manifest line for one approved document: what it is, which version, its content hash and who signed it. */
export function manifestEntry(doc: DocumentRow, approved: VersionRow, control: DocumentControl): ManifestEntry {
  return {
    docKey: doc.docKey,
    title: doc.title,
    version: approved.version,
    contentSha256: control.contentSha256,
    signatures: control.signatures.map((s) => `${s.meaning} by ${s.printedName} (${s.role}) at ${s.signedAt}`),
  };
}
