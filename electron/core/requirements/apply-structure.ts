import { relationKindOf } from '../../../shared/requirements/relation-kinds';
import type { HandlerContext } from '../context';
import type { ImportSource, SourceStructure } from './import-source';
import type { NewOutlineNode } from './structure-repo';

/** What the rows became: a requirement (its row id) or a section heading; rows absent from both were skipped. */
export interface RowResults {
  requirementIds: ReadonlyMap<number, number>;
  headings: ReadonlyMap<number, string>;
}

export interface StructureResult {
  sections: number;
  /** Relations between imported requirements, each as [from human ID, relation name, to human ID]. */
  relations: [string, string, string][];
  warnings: string[];
}

/** Each document's outline from the rows' places: sections and requirements nested as the file nests them, skipped rows left out. */
function outlines(structure: SourceStructure, rows: RowResults): Map<string, NewOutlineNode[]> {
  const rowByKey = new Map(structure.places.map((p, i) => [p.key, i]));
  const nodeOfRow = new Map<number, number>();
  const byDocument = new Map<string, NewOutlineNode[]>();
  structure.places.forEach((place, row) => {
    const requirementId = rows.requirementIds.get(row) ?? null;
    const heading = rows.headings.get(row);
    if (!place.document || (requirementId === null && heading === undefined)) return;
    // The nearest row above that became a node; a skipped row's children move up to its parent.
    let parent: number | null = null;
    for (let above = place.parent; above !== null && parent === null;) {
      const aboveRow = rowByKey.get(above);
      if (aboveRow === undefined) break;
      parent = nodeOfRow.get(aboveRow) ?? null;
      above = structure.places[aboveRow]?.parent ?? null;
    }
    const nodes = byDocument.get(place.document) ?? [];
    byDocument.set(place.document, nodes);
    nodeOfRow.set(row, nodes.length);
    nodes.push({ parent, requirementId, title: requirementId === null ? (heading ?? '') : '' });
  });
  return byDocument;
}

/**
 * Writes what a structured source carries beyond its rows, in the import's transaction: each document's
 * outline (replacing the one an earlier import of it left) and the relations between requirements it
 * imported. A relation with a heading or a skipped row at one end is left out and counted in a warning.
 */
export function applyStructure(ctx: HandlerContext, source: ImportSource, rows: RowResults): StructureResult {
  const result: StructureResult = { sections: 0, relations: [], warnings: [] };
  const structure = source.structure;
  if (!structure) return result;
  const repo = ctx.project.requirementStructure;
  for (const [document, nodes] of outlines(structure, rows)) result.sections += repo.replaceOutline(document, nodes);

  const rowByKey = new Map(structure.places.map((p, i) => [p.key, i]));
  const idOf = (key: string) => rows.requirementIds.get(rowByKey.get(key) ?? -1);
  // Read only when there are relations to name: a full, sorted read of 10k requirements is not free.
  const humanIds = structure.relations.length === 0 ? new Map<number, string>() : new Map(ctx.project.requirements.all().map((r) => [r.id, r.humanId]));
  const left: string[] = [];
  for (const relation of structure.relations) {
    const from = idOf(relation.source);
    const to = idOf(relation.target);
    if (from === undefined || to === undefined || from === to) {
      left.push(`"${relation.type}" ${relation.source} → ${relation.target}`);
      continue;
    }
    ctx.project.trace.relate(from, to, relationKindOf(relation.type), relation.type, ctx.now(), ctx.user.id);
    result.relations.push([humanIds.get(from) ?? String(from), relation.type, humanIds.get(to) ?? String(to)]);
  }
  if (left.length > 0) {
    result.warnings.push(`${left.length} relation(s) join a heading, a skipped row or an object to itself and were left out (first: ${left.slice(0, 3).join('; ')}).`);
  }
  return result;
}
