import { listIds, type CheckRule } from '../rule';

/**
 * What a reference to a record or a controlled document looks like in prose: Cairn's record prefixes with
 * a number, and document IDs of the kinds procedures cite (SOP-…, and plans such as RMP-001).
 */
const RECORD_REFERENCE = /\b(?:REQ|HAZ|HS|HARM|RISK|RC|SOUP|TC|RUN|PR|CR|REV|IF|SYS|ITEM|UNIT|CAPA|IA|MR|SUP|TOOL)-\d+\b/g;
const DOCUMENT_REFERENCE = /\b(?:SOP|WI|FRM|RMP|SMP|VVP)-[A-Z0-9]+(?:-[A-Z0-9]+)*\b/g;

/** Every record or document ID a text cites, once each, in order. */
export function citedIds(text: string): string[] {
  return [...new Set([...text.matchAll(RECORD_REFERENCE), ...text.matchAll(DOCUMENT_REFERENCE)].sort((a, b) => a.index - b.index).map((m) => m[0]))];
}

/** A text that cites a record or document the project does not hold: a reader cannot follow it. */
export const unresolvedReference: CheckRule = {
  rule: 'unresolved-reference',
  severity: 'error',
  clause: 'ISO 13485 4.2.4',
  home: 'documents',
  run: (f) => {
    const known = new Set(f.knownIds);
    const missing = new Map<string, string[]>();
    for (const { record, text } of f.texts) {
      for (const id of citedIds(text).filter((c) => !known.has(c))) missing.set(id, [...new Set([...(missing.get(id) ?? []), record])]);
    }
    return [...missing].map(([id, citing]) => ({
      records: [id, ...citing],
      message: `${listIds(citing)} ${citing.length === 1 ? 'cites' : 'cite'} ${id}, which does not exist in this project.`,
      fix: `Correct the reference in ${listIds(citing)}, or create ${id}.`,
    }));
  },
};
