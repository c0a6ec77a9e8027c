import type { Db } from '../db/connection';

/** One node of a document's outline: a section (title) or a requirement (requirementId), under its parent. */
export interface OutlineNode {
  id: number;
  document: string;
  parentId: number | null;
  position: number;
  requirementId: number | null;
  title: string;
}

/** A node to write: `parent` is the index of an earlier node in the same list, or null at the top. */
export interface NewOutlineNode {
  parent: number | null;
  requirementId: number | null;
  title: string;
}

/** Owns requirement_outline: the document structure an import brings (its relations are trace links). Callers audit. */
export class StructureRepo {
  constructor(private readonly db: Db) {}

  /** Replaces `document`'s outline with `nodes`, in order; returns how many sections it holds. */
  replaceOutline(document: string, nodes: readonly NewOutlineNode[]): number {
    this.db.prepare('DELETE FROM requirement_outline WHERE document = ?').run(document);
    // A requirement sits in one place: a later document that lists it takes it over (looked up once, not per node).
    const placed = new Set(this.db.prepare('SELECT requirement_id FROM requirement_outline WHERE requirement_id IS NOT NULL').pluck().all() as number[]);
    const release = this.db.prepare('DELETE FROM requirement_outline WHERE requirement_id = ?');
    const insert = this.db.prepare('INSERT INTO requirement_outline (document, parent_id, position, requirement_id, title) VALUES (?, ?, ?, ?, ?)');
    const ids: number[] = [];
    nodes.forEach((node, position) => {
      if (node.requirementId !== null && placed.has(node.requirementId)) release.run(node.requirementId);
      const parentId = node.parent === null ? null : (ids[node.parent] ?? null);
      ids.push(Number(insert.run(document, parentId, position, node.requirementId, node.requirementId === null ? node.title : '').lastInsertRowid));
    });
    return nodes.filter((n) => n.requirementId === null).length;
  }

  /** Every outline node, documents in the order they were first written, each in its own order. */
  outline(): OutlineNode[] {
    return this.db
      .prepare(
        // Each document's first node found once, not per row: a correlated min() per node made 10k nodes quadratic.
        `WITH first AS (SELECT document, min(id) AS first FROM requirement_outline GROUP BY document)
         SELECT o.id, o.document, o.parent_id AS parentId, o.position, o.requirement_id AS requirementId, o.title
         FROM requirement_outline o JOIN first f ON f.document = o.document ORDER BY f.first, o.position`,
      )
      .all() as OutlineNode[];
  }
}
