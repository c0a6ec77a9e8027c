import type { DocumentState } from '../../../../shared/documents/control';
import type { CoverageState } from '../../../../shared/qms/coverage';
import type { ScopeStatus } from '../../../../shared/qms/scope';

export const STATUS_WORDS: Record<ScopeStatus, string> = { applies: 'Applies', not_applicable: 'Not applicable', excluded: 'Excluded' };

export const COVERAGE_WORDS: Record<CoverageState, string> = {
  approved: 'Approved document',
  documented: 'Document in progress',
  gap: 'No document',
  out_of_scope: 'Not applied',
};

const STATE_WORDS: Record<DocumentState, string> = { draft: 'draft', in_review: 'in review', approved: 'approved', obsolete: 'obsolete' };

/** "v2 draft (v1 approved)", or "no document". */
export function documentWords(doc: { version: number; state: DocumentState; approvedVersion: number | null } | null): string {
  if (!doc) return 'No document';
  const approved = doc.approvedVersion && doc.approvedVersion !== doc.version ? ` (v${doc.approvedVersion} approved)` : '';
  return `v${doc.version} ${STATE_WORDS[doc.state]}${approved}`;
}
