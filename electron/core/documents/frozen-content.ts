import type { IntegrityProblem } from '../../../shared/api/audit-types';
import type { DocumentContent } from '../../../shared/documents/content';
import { CairnError } from '../errors';
import type { OpenProject } from '../projects/open-project';
import { contentSha256 } from './document-service';
import type { VersionRow } from './documents-repo';

/** Why a version's frozen content cannot be trusted, or null when it still hashes to what was frozen. */
export function frozenMismatch(v: VersionRow): string | null {
  if (!v.content || !v.contentSha256) return null;
  const actual = contentSha256(v.content);
  return actual === v.contentSha256 ? null : `its frozen content hashes to ${actual.slice(0, 12)}…, not the ${v.contentSha256.slice(0, 12)}… recorded when it was frozen`;
}

/**
 * A version's frozen content, re-hashed before it is used: an edit of the stored JSON (which a file editor
 * can make) must never reach a signature or a signed PDF.
 */
export function checkedFrozenContent(v: VersionRow, label: string): { content: DocumentContent; sha256: string } | null {
  if (!v.content || !v.contentSha256) return null;
  const mismatch = frozenMismatch(v);
  if (mismatch) throw new CairnError('integrity_failed', `${label} cannot be used: ${mismatch}. The project file was changed outside Cairn; run cairn verify.`);
  return { content: v.content, sha256: v.contentSha256 };
}

/** Every frozen version re-hashed, and every document signature held against the content it claims to sign. */
export function frozenContentProblems(project: OpenProject): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  for (const doc of project.documents.list()) {
    for (const v of project.documents.versions(doc.id)) {
      const label = `${doc.docKey} v${v.version}`;
      const mismatch = frozenMismatch(v);
      if (mismatch) problems.push({ kind: 'content', table: 'document_version', record: label, detail: mismatch });
      if (!v.contentSha256) continue;
      for (const s of project.documents.signatures(v.id)) {
        if (s.reviewRound === v.reviewRound && s.contentSha256 !== v.contentSha256) {
          problems.push({ kind: 'content', table: 'signature', record: `${label} signature by ${s.printedName}`, detail: 'it signs content other than the version holds' });
        }
      }
    }
  }
  return problems;
}
