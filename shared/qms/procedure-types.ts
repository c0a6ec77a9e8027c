import type { QmsFacts } from './facts';

/**
 * One section of a procedure: the team edits its text; Cairn's draft is the starting point and what
 * "reset" brings back. `clauses` are the ISO 13485:2016 clauses the section answers, printed under its
 * heading and used for the coverage map.
 */
export interface SectionDef {
  id: string;
  heading: string;
  clauses: readonly string[];
  /** Text with blank lines between paragraphs and "- " at the start of list lines. */
  draft(f: QmsFacts): string;
}

export interface ProcedureDef {
  /** Document ID, e.g. `QM` or `SOP-CAPA`. */
  key: string;
  kind: 'manual' | 'sop';
  title: string;
  purpose(f: QmsFacts): string;
  sections: readonly SectionDef[];
}

/** Every clause a procedure answers, in section order without repeats. */
export function procedureClauses(def: ProcedureDef): string[] {
  return [...new Set(def.sections.flatMap((s) => s.clauses))];
}
