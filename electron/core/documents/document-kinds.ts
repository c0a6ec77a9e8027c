import type { DocumentType } from '../../../shared/api/documents-types';
import type { DocumentTypeDef } from './document-type-def';

/**
 * The document kinds, handed over once by registry.ts as it loads. A document's live content comes from
 * its kind's gatherer, and some kinds gather from other documents' live content (the compliance plan
 * reads the walk, which reads the quality documents; the release record reads the release check): the
 * hand-over keeps that recursion out of the import graph. The core always loads the registry
 * (core.ts imports drift.ts, which imports registry.ts).
 */
let kinds: Readonly<Record<DocumentType, DocumentTypeDef>> | null = null;

export function registerDocumentKinds(defs: Readonly<Record<DocumentType, DocumentTypeDef>>): void {
  kinds = defs;
}

export function documentKind(type: DocumentType): DocumentTypeDef {
  if (!kinds) throw new Error('No document kinds are registered: load electron/core/documents/registry.ts first.');
  return kinds[type];
}
