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
