import { summariseChanges, type ChangeSummary, type DocumentContent } from '../../../shared/documents/content';
import { canonicalJson, sha256Hex } from './canonical';
import type { VersionRow } from './documents-repo';

/*
 * What a version's state and drift are, from content already gathered. Kept apart from document-service,
 * which reads the document type registry, so code that document types themselves use (risk evidence, the
 * consistency check, the QMS and walk views) can ask without an import cycle.
 */

/** The digest signatures cover: SHA-256 of the content's canonical JSON. */
export function contentSha256(content: DocumentContent): string {
  return sha256Hex(canonicalJson(content));
}

/** The latest approved version of a document. */
export function approvedVersion(versions: VersionRow[]): VersionRow | undefined {
  return versions.findLast((v) => v.state === 'approved');
}

/** The version an export prints when none is named: the approved one, else the newest (a first draft). */
export function exportedVersion(versions: VersionRow[]): VersionRow | undefined {
  return approvedVersion(versions) ?? versions.at(-1);
}

/** What changed in the records since the approved version was signed; null when nothing did. */
export function driftOf(approved: VersionRow | undefined, live: { content: DocumentContent; sha256: string }): ChangeSummary | null {
  if (!approved?.content || approved.contentSha256 === live.sha256) return null;
  return summariseChanges(approved.content.records, live.content.records);
}
