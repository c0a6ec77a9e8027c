import type { Requirement, RequirementItem } from '../../../shared/api/requirements-types';
import type { SoftwareNode } from '../../../shared/api/software-types';
import { requiredFieldsFor, type RequirementSource, type RequirementStatus, type RequirementType, type VerificationMethod } from '../../../shared/requirements/fields';
import { compareSafetyClasses, type SafetyClass } from '../../../shared/regulatory/safety-class';
import type { OpenProject } from '../projects/open-project';
import { projectClass, softwareTree } from '../software/software-tree';
import type { RequirementRow } from './requirements-repo';

function flatten(nodes: SoftwareNode[], into = new Map<number, SoftwareNode>()): Map<number, SoftwareNode> {
  for (const node of nodes) {
    into.set(node.id, node);
    flatten(node.children, into);
  }
  return into;
}

/** Software nodes by id, with their effective class, read once per call that shows requirements. */
export function softwareNodes(project: OpenProject): Map<number, SoftwareNode> {
  return flatten(softwareTree(project.software));
}

const allocation = (node: SoftwareNode, suspect: boolean): RequirementItem => ({ id: node.id, humanId: node.humanId, name: node.name, safetyClass: node.effectiveClass, suspect });

/** A requirement's allocation: the software nodes it links to, from the trace links. */
export function itemsOf(project: OpenProject, nodes: Map<number, SoftwareNode>, requirementId: number): RequirementItem[] {
  return project.trace
    .linksOf({ type: 'requirement', id: requirementId })
    .filter((l) => l.from.type === 'requirement' && l.from.id === requirementId && l.to.type === 'software_item')
    .flatMap((l) => {
      const node = nodes.get(l.to.id);
      return node ? [allocation(node, l.suspect)] : [];
    });
}

/** Every requirement's allocation at once, by requirement id: one read of the links for screens that count all of them. */
export function itemsByRequirement(project: OpenProject, nodes: Map<number, SoftwareNode>): Map<number, RequirementItem[]> {
  const byRequirement = new Map<number, RequirementItem[]>();
  for (const link of project.trace.between('requirement', 'software_item')) {
    const node = nodes.get(link.to.id);
    if (!node) continue;
    const items = byRequirement.get(link.from.id) ?? [];
    items.push(allocation(node, link.suspect));
    byRequirement.set(link.from.id, items);
  }
  return byRequirement;
}

/** The class an unallocated requirement is held to: the project's, so having no item never lowers what it needs. */
export function unallocatedClass(project: OpenProject): SafetyClass {
  return projectClass(softwareTree(project.software)).projectClass;
}

/**
 * The row as the API shows it: with its items, the highest class among them and what that class still
 * wants filled; a requirement on no item yet is held to the project's class.
 */
export function toRequirement(row: RequirementRow, items: RequirementItem[], projectCls: SafetyClass): Requirement {
  const safetyClass = items.reduce<SafetyClass | null>((max, i) => (max === null || compareSafetyClasses(i.safetyClass, max) > 0 ? i.safetyClass : max), null);
  return {
    ...row,
    type: row.type as RequirementType,
    source: row.source as RequirementSource | '',
    verificationMethod: row.verificationMethod as VerificationMethod | '',
    status: row.status as RequirementStatus,
    items,
    safetyClass,
    missing: requiredFieldsFor(safetyClass ?? projectCls).filter((f) => !row[f].trim()),
  };
}

export function requirementView(project: OpenProject, row: RequirementRow, nodes = softwareNodes(project)): Requirement {
  return toRequirement(row, itemsOf(project, nodes, row.id), unallocatedClass(project));
}
