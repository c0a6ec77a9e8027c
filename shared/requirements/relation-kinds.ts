/**
 * What Cairn reads a relation between two requirements as, in the direction the file gives it (from → to):
 * "parent" says `from` sits under `to`, "child" the reverse. Anything a tool names otherwise is "related",
 * and the tool's own name is kept beside the kind so an export writes it back unchanged.
 */
export const RELATION_KINDS = ['parent', 'child', 'refines', 'derives', 'verifies', 'related'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** Relation type names as tools write them, squashed to letters and digits, lower case. */
const NAMES: Record<Exclude<RelationKind, 'related'>, string[]> = {
  parent: ['parent', 'hasparent', 'childof', 'ischildof', 'partof', 'ispartof'],
  child: ['child', 'haschild', 'parentof', 'isparentof', 'contains'],
  refines: ['refines', 'refine', 'refinement', 'refinedfrom', 'elaborates'],
  derives: ['derives', 'derive', 'derived', 'derivedfrom', 'derivesfrom', 'derivation'],
  verifies: ['verifies', 'verify', 'verification', 'validates', 'tests'],
};

/** The kind for a relation type name such as "Parent", "refines", "Derived" or "DOORS Links" (related). */
export function relationKindOf(typeName: string): RelationKind {
  const squashed = typeName.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  for (const [kind, names] of Object.entries(NAMES) as [Exclude<RelationKind, 'related'>, string[]][]) {
    if (names.includes(squashed)) return kind;
  }
  return 'related';
}

/** What a relation says, read from `from` to `to`, as the trace matrix, the gap report and the audit trail word it. */
export const RELATION_MEANINGS: Record<RelationKind, string> = {
  parent: 'sits under',
  child: 'contains',
  refines: 'refines',
  derives: 'is derived from',
  verifies: 'verifies',
  related: 'is related to',
};

/** A relation as one requirement's row lists it: "refines REQ-1" going out, "REQ-4 refines this" coming in. */
export function relationPhrase(relation: { humanId: string; meaning: string; outgoing: boolean }): string {
  return relation.outgoing ? `${relation.meaning} ${relation.humanId}` : `${relation.humanId} ${relation.meaning} this`;
}
