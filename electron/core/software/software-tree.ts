import type { ClassSource, SoftwareNode } from '../../../shared/api/software-types';
import { compareSafetyClasses, type SafetyClass } from '../../../shared/regulatory/safety-class';
import type { ItemClassificationRow, SoftwareRepo, SoftwareRow, SystemClassificationRow } from './software-repo';

const latestBy = <T extends { id: number }>(rows: T[], key: (row: T) => number) => {
  const latest = new Map<number, T>();
  for (const row of rows) latest.set(key(row), row);
  return latest;
};

/**
 * The tree with every node's effective class: a system takes its latest classification (C until it has
 * one, 4.3 g); an item inherits its parent's class unless its latest own class is lower (segregation).
 * An own class that is no longer lower (the parent was re-classified down) falls back to inheriting.
 */
export function softwareTree(repo: SoftwareRepo): SoftwareNode[] {
  const rows = repo.all();
  const systemClass = latestBy<SystemClassificationRow>(repo.systemClassifications(), (r) => r.systemId);
  const itemClass = latestBy<ItemClassificationRow>(repo.itemClassifications(), (r) => r.itemId);
  const children = new Map<number | null, SoftwareRow[]>();
  for (const row of rows) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row]);

  const build = (row: SoftwareRow, parentClass: SafetyClass): SoftwareNode => {
    let effectiveClass: SafetyClass = parentClass;
    let classSource: ClassSource = 'inherited';
    let rationale: string | null = null;
    if (row.kind === 'system') {
      const decided = systemClass.get(row.id);
      effectiveClass = decided?.class ?? 'C';
      classSource = decided ? 'classified' : 'unclassified';
      rationale = decided?.rationale ?? null;
    } else {
      const own = itemClass.get(row.id);
      if (own?.class && compareSafetyClasses(own.class, parentClass) < 0) {
        effectiveClass = own.class;
        classSource = 'segregated';
        rationale = own.rationale;
      }
    }
    return {
      id: row.id,
      humanId: row.humanId,
      parentId: row.parentId,
      kind: row.kind,
      name: row.name,
      description: row.description,
      effectiveClass,
      classSource,
      rationale,
      children: (children.get(row.id) ?? []).map((child) => build(child, effectiveClass)),
    };
  };
  return (children.get(null) ?? []).map((root) => build(root, 'C'));
}

export function findNode(nodes: SoftwareNode[], id: number): SoftwareNode | null {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = findNode(node.children, id);
    if (found) return found;
  }
  return null;
}

/** The class the project's processes follow: the highest among its systems; C when there are none. */
export function projectClass(nodes: SoftwareNode[]): { projectClass: SafetyClass; classBasis: string } {
  if (nodes.length === 0) return { projectClass: 'C', classBasis: 'No software system is defined yet, so class C applies until one is classified (IEC 62304 4.3 g).' };
  const highest = nodes.reduce<SafetyClass>((max, n) => (compareSafetyClasses(n.effectiveClass, max) > 0 ? n.effectiveClass : max), 'A');
  const unclassified = nodes.filter((n) => n.classSource === 'unclassified').map((n) => n.humanId);
  const basis = unclassified.length
    ? `Class ${highest}: ${unclassified.join(', ')} ${unclassified.length === 1 ? 'is' : 'are'} not classified yet and count as class C until then.`
    : `Class ${highest}: the highest class among the ${nodes.length} classified software system${nodes.length === 1 ? '' : 's'}.`;
  return { projectClass: highest, classBasis: basis };
}
