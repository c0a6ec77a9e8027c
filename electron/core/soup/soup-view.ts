import type { SoupItemUse, SoupView } from '../../../shared/api/soup-types';
import type { SoftwareNode } from '../../../shared/api/software-types';
import { missingSoupFields, soupClass } from '../../../shared/soup/required-fields';
import { projectClass } from '../software/software-tree';
import { softwareTree } from '../software/software-tree';
import type { OpenProject } from '../projects/open-project';
import type { SoupRow } from './soup-repo';

function flatten(nodes: SoftwareNode[], into = new Map<number, SoftwareNode>()): Map<number, SoftwareNode> {
  for (const node of nodes) {
    into.set(node.id, node);
    flatten(node.children, into);
  }
  return into;
}

/** What the views of many rows share: the tree's classes and every SOUP → item link, read once. */
export function soupViewContext(project: OpenProject) {
  const tree = softwareTree(project.software);
  const nodes = flatten(tree);
  const uses = new Map<number, SoupItemUse[]>();
  for (const link of project.trace.between('soup', 'software_item')) {
    const node = nodes.get(link.to.id);
    if (!node) continue;
    const use: SoupItemUse = { itemId: node.id, humanId: node.humanId, name: node.name, effectiveClass: node.effectiveClass, linkId: link.id, suspect: link.suspect };
    uses.set(link.from.id, [...(uses.get(link.from.id) ?? []), use]);
  }
  return { projectClass: projectClass(tree).projectClass, uses };
}

export type SoupViewContext = ReturnType<typeof soupViewContext>;

export function toSoupView(row: SoupRow, context: SoupViewContext): SoupView {
  const usedBy = context.uses.get(row.id) ?? [];
  const safetyClass = soupClass(
    usedBy.map((u) => u.effectiveClass),
    context.projectClass,
  );
  return { ...row, usedBy, safetyClass, missing: row.removedAt ? [] : missingSoupFields(row, safetyClass) };
}

export function soupView(project: OpenProject, row: SoupRow): SoupView {
  return toSoupView(row, soupViewContext(project));
}
