import type { QmsTrainingView } from '../../../../shared/api/qms-types';
import type { DocumentState } from '../../../../shared/documents/control';
import { plural } from '../../../../shared/domain/words';
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

/**
 * The training card's heading. With no approved procedure there is nothing to be trained on yet: that is
 * said as such, never as "everyone is trained" (issue 17: no all-clear over zero records).
 */
export function trainingHeading(training: Pick<QmsTrainingView, 'due' | 'procedures'>): string {
  if (training.due.length > 0) return `${plural(training.due.length, 'training')} due`;
  if (training.procedures.length === 0) return 'No procedure is approved yet, so no training is due';
  return 'Everyone is trained on the current versions';
}

/** The coverage table's heading: the clauses in scope that no document answers yet, or that none is left. */
export const coverageHeading = (gaps: number): string => (gaps > 0 ? `${plural(gaps, 'clause')} in scope with no document` : 'Every clause in scope has a document');
