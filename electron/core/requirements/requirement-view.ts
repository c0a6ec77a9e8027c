import type { Requirement, RequirementItem } from '../../../shared/api/requirements-types';
import type { SoftwareNode } from '../../../shared/api/software-types';
import {
  requiredFieldsFor,
  type RequirementField,
  type RequirementSource,
  type RequirementStatus,
  type RequirementType,
  type VerificationMethod,
} from '../../../shared/requirements/fields';
import { compareSafetyClasses, type SafetyClass } from '../../../shared/regulatory/safety-class';
import type { OpenProject } from '../projects/open-project';
import { projectClass, softwareTree } from '../software/software-tree';
import type { RequirementRow } from './requirements-repo';
import { AllocationRepo } from './allocation-repo';

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

/** Each software node's effective class, by id: what an allocation holds a requirement to. */
const classesOf = (nodes: Map<number, SoftwareNode>) => new Map([...nodes].map(([id, node]) => [id, node.effectiveClass]));

/**
 * How many requirements are on no software item, and how many miss what their class needs (the class of
 * their highest item, else the project's): the same verdicts as toRequirement, counted in SQL without
 * building each requirement's view (100k requirements, 300k links).
 */
export function allocationCounts(project: OpenProject, nodes: Map<number, SoftwareNode>, projectCls: SafetyClass): { unallocated: number; incomplete: number } {
  return new AllocationRepo(project.db).counts(classesOf(nodes), projectCls);
}

/** The human IDs of live (not obsolete) requirements that miss what their class asks, in ID order: toRequirement's `missing`, in SQL. */
export function incompleteRequirementIds(project: OpenProject, nodes: Map<number, SoftwareNode>, projectCls: SafetyClass): string[] {
  return new AllocationRepo(project.db).incompleteLive(classesOf(nodes), projectCls);
}

/** Which fields those requirements miss, across them all, so the walk can say what to fill. */
export function missingRequirementFields(project: OpenProject, nodes: Map<number, SoftwareNode>, projectCls: SafetyClass): RequirementField[] {
  return new AllocationRepo(project.db).missingFieldsLive(classesOf(nodes), projectCls);
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
