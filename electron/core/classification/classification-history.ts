import type { ClassificationHistory } from '../../../shared/api/classification-types';
import type { SoftwareNode } from '../../../shared/api/software-types';
import type { OpenProject } from '../projects/open-project';

const nameOf = (project: OpenProject, id: number) => project.users.byId(id)?.name ?? `user ${id}`;

/** A node with every classification decision on record about it, newest first. */
export function classificationHistory(project: OpenProject, node: SoftwareNode): ClassificationHistory {
  return {
    node,
    systemRecords: project.software
      .systemClassifications(node.id)
      .reverse()
      .map(({ systemId: _system, decidedBy, ...record }) => ({ ...record, decidedBy: nameOf(project, decidedBy) })),
    itemRecords: project.software
      .itemClassifications(node.id)
      .reverse()
      .map(({ itemId: _item, decidedBy, ...record }) => ({ ...record, decidedBy: nameOf(project, decidedBy) })),
  };
}

export function allNodes(nodes: SoftwareNode[]): SoftwareNode[] {
  return nodes.flatMap((n) => [n, ...allNodes(n.children)]);
}
