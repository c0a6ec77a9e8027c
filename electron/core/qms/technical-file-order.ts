import { PROCEDURE_KEYS } from '../../../shared/qms/procedure-set';
import type { DocumentRow } from '../documents/documents-repo';

const QMS_TYPES = new Set(['qms-manual', 'sop']);

/**
 * The technical file's order: the project summary first, then the product's documents by ID, then the
 * QMS part (quality manual, then the SOPs in the order the manual lists them), so the procedures read
 * as one part rather than scattered among the design documents.
 */
export function technicalFileOrder(documents: readonly DocumentRow[]): DocumentRow[] {
  const part = (d: DocumentRow) => (d.docKey === 'PROJECT-SUMMARY' ? 0 : QMS_TYPES.has(d.docType) ? 2 : 1);
  const within = (d: DocumentRow) => (QMS_TYPES.has(d.docType) ? PROCEDURE_KEYS.indexOf(d.docKey) : 0);
  return [...documents].sort((a, b) => part(a) - part(b) || within(a) - within(b) || a.docKey.localeCompare(b.docKey));
}
