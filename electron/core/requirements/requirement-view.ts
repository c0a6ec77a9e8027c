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

/**
 * How many requirements are on no software item, and how many miss what their class needs (the class of
 * their highest item, else the project's): the same verdicts as toRequirement, counted from two narrow
 * reads without building each requirement's view (100k requirements, 300k links).
 */
export function allocationCounts(project: OpenProject, nodes: Map<number, SoftwareNode>, projectCls: SafetyClass): { unallocated: number; incomplete: number } {
  const highest = new Map<number, SafetyClass>();
  for (const [requirementId, itemId] of project.trace.pairsBetween('requirement', 'software_item')) {
    const node = nodes.get(itemId);
    if (!node) continue;
    const current = highest.get(requirementId);
    if (current === undefined || compareSafetyClasses(node.effectiveClass, current) > 0) highest.set(requirementId, node.effectiveClass);
  }
  let unallocated = 0;
  let incomplete = 0;
  for (const row of project.requirements.eachFields()) {
    const cls = highest.get(row.id);
    if (cls === undefined) unallocated += 1;
    if (requiredFieldsFor(cls ?? projectCls).some((f) => !row[f].trim())) incomplete += 1;
  }
  return { unallocated, incomplete };
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
  const heldTo = safetyClass ?? projectCls;
  return {
    ...row,
    type: row.type as RequirementType,
    source: row.source as RequirementSource | '',
    verificationMethod: row.verificationMethod as VerificationMethod | '',
    status: row.status as RequirementStatus,
    items,
    safetyClass,
    heldTo,
    missing: requiredFieldsFor(heldTo).filter((f) => !row[f].trim()),
  };
}

export function requirementView(project: OpenProject, row: RequirementRow, nodes = softwareNodes(project)): Requirement {
  return toRequirement(row, itemsOf(project, nodes, row.id), unallocatedClass(project));
}
