import type { ParsedInputOf } from '../../../shared/api/contract';
import type { DocumentContent } from '../../../shared/documents/content';
import type { OpenProject } from '../projects/open-project';
import type { DocumentRow } from './documents-repo';

type CreateInput = ParsedInputOf<'documents.create'>;

/** How one kind of controlled document is identified and gathered from the project's records. */
export interface DocumentTypeDef {
  label: string;
  /** Only one document of this type per project (its key is fixed). */
  singleton: boolean;
  /**
   * Audit entities whose changes can alter this document's content: after a mutation touching one of
   * them, approved documents of this type are checked for drift.
   */
  dependsOn: readonly string[];
  keyAndTitle(input: CreateInput, project: OpenProject, at: string): { docKey: string; title: string; params: Record<string, unknown> };
  gather(project: OpenProject, doc: DocumentRow): DocumentContent;
}
