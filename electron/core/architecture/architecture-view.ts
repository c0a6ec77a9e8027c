import type { SafetyClass } from '../../../shared/regulatory/safety-class';
import type { ArchitectureView, InterfaceEnd, InterfaceView, SegregationView, UnitDesignView } from '../../../shared/api/architecture-types';
import type { SoftwareNode } from '../../../shared/api/software-types';
import { architectureNeed, detailedDesignNeed, segregationNeed, unitDesignNeed } from '../../../shared/architecture/class-rules';
import { layoutDiagram } from '../../../shared/architecture/diagram-layout';
import type { DiagramInput, DiagramSoftware } from '../../../shared/architecture/diagram-types';
import { allNodes } from '../classification/classification-history';
import { projectClass, softwareTree } from '../software/software-tree';
import type { OpenProject } from '../projects/open-project';
import type { InterfaceRow } from './architecture-repo';
import { soupEnds, soupLabel, type SoupEnd } from './soup-ends';

/** What the view is built from, read once per call. */
interface Sources {
  tree: SoftwareNode[];
  nodes: Map<number, SoftwareNode>;
  soup: Map<number, SoupEnd>;
  interfaces: InterfaceRow[];
}

function readSources(project: OpenProject): Sources {
  const tree = softwareTree(project.software);
  return { tree, nodes: new Map(allNodes(tree).map((n) => [n.id, n])), soup: soupEnds(project), interfaces: project.architecture.interfaces() };
}

export function endLabel(end: InterfaceEnd, nodes: Map<number, SoftwareNode>, soup: Map<number, SoupEnd>): string {
  if (end.kind === 'external') return `${end.name} (external)`;
  if (end.kind === 'soup') {
    const found = soup.get(end.id);
    return found ? soupLabel(found) : `SOUP #${end.id} (not in the SOUP list)`;
  }
  const node = nodes.get(end.id);
  return node ? `${node.humanId} ${node.name}` : `software #${end.id}`;
}

function toView(row: InterfaceRow, s: Sources): InterfaceView {
  return { ...row, fromLabel: endLabel(row.from, s.nodes, s.soup), toLabel: endLabel(row.to, s.nodes, s.soup) };
}

const toDiagramSoftware = (node: SoftwareNode): DiagramSoftware => ({
  id: node.id,
  humanId: node.humanId,
  kind: node.kind,
  name: node.name,
  safetyClass: node.effectiveClass,
  children: node.children.map(toDiagramSoftware),
});

function diagramInput(s: Sources): DiagramInput {
  return {
    software: s.tree.map(toDiagramSoftware),
    soup: [...s.soup.values()].map((x) => ({ id: x.id, humanId: x.humanId, name: `${x.name}${x.version ? ` ${x.version}` : ''}` })),
    interfaces: s.interfaces.map((i) => ({ id: i.id, humanId: i.humanId, name: i.name, from: i.from, to: i.to, twoWay: i.direction === 'two-way' })),
  };
}

/** The system a node belongs to (itself for a system). */
function systemOf(node: SoftwareNode, nodes: Map<number, SoftwareNode>): SoftwareNode {
  let current = node;
  while (current.parentId !== null) current = nodes.get(current.parentId) ?? current;
  return current;
}

function segregationViews(project: OpenProject, s: Sources): SegregationView[] {
  const measures = new Map(project.architecture.segregations().map((m) => [m.itemId, m]));
  const userName = (id: number) => project.users.byId(id)?.name ?? `user ${id}`;
  return [...s.nodes.values()]
    .filter((n) => n.kind === 'item')
    .map((item) => {
      const system = systemOf(item, s.nodes);
      const { need, why } = segregationNeed(item.classSource, system.effectiveClass);
      const measure = measures.get(item.id);
      const argument = project.software.itemClassifications(item.id).findLast((r) => r.class !== null);
      return {
        item: { id: item.id, humanId: item.humanId, name: item.name, effectiveClass: item.effectiveClass, classSource: item.classSource },
        system: { humanId: system.humanId, name: system.name, effectiveClass: system.effectiveClass },
        need,
        why,
        measure: measure?.measure ?? '',
        effectiveness: measure?.effectiveness ?? '',
        updatedAt: measure?.updatedAt ?? null,
        updatedBy: measure ? userName(measure.updatedBy) : null,
        classification:
          item.classSource === 'segregated' && argument
            ? { rationale: argument.segregationRationale, verification: argument.segregationVerification, decidedAt: argument.decidedAt }
            : null,
      };
    });
}

function unitViews(project: OpenProject, s: Sources): UnitDesignView[] {
  const designs = new Map(project.architecture.unitDesigns().map((d) => [d.unitId, d]));
  const userName = (id: number) => project.users.byId(id)?.name ?? `user ${id}`;
  return [...s.nodes.values()]
    .filter((n) => n.kind === 'unit')
    .map((unit) => {
      const parent = s.nodes.get(unit.parentId ?? 0);
      const design = designs.get(unit.id);
      const touches = (end: InterfaceEnd) => end.kind === 'software' && end.id === unit.id;
      return {
        unit: { id: unit.id, humanId: unit.humanId, name: unit.name, effectiveClass: unit.effectiveClass },
        parent: { humanId: parent?.humanId ?? '', name: parent?.name ?? '' },
        need: unitDesignNeed(unit.effectiveClass).need,
        design: design?.design ?? '',
        interfaces: design?.interfaces ?? '',
        updatedAt: design?.updatedAt ?? null,
        updatedBy: design ? userName(design.updatedBy) : null,
        linkedInterfaces: s.interfaces.filter((i) => touches(i.from) || touches(i.to)).map((i) => i.humanId),
      };
    });
}

/** What the class requires that is not recorded yet, one sentence each. */
function gapsOf(s: Sources, cls: SafetyClass, segregation: SegregationView[], units: UnitDesignView[]): string[] {
  const gaps: string[] = [];
  // No system yet is not an all-clear: unclassified software counts as class C, which needs an architecture.
  if (s.tree.length === 0 && cls !== 'A')
    gaps.push(
      `Nothing recorded yet: class ${cls} needs the software system split into software items with their interfaces (5.3.1, 5.3.2). Add the system on the Software screen first.`,
    );
  for (const system of s.tree) {
    if (system.effectiveClass === 'A') continue;
    const inside = new Set(allNodes([system]).map((n) => n.id));
    const hasInterface = s.interfaces.some((i) => [i.from, i.to].some((e) => e.kind === 'software' && inside.has(e.id)));
    if (!hasInterface) gaps.push(`${system.humanId} ${system.name} is class ${system.effectiveClass}: record its interfaces (5.3.2).`);
    if (system.children.length === 0) gaps.push(`${system.humanId} ${system.name} is class ${system.effectiveClass}: split it into software items (5.3.1).`);
  }
  for (const row of segregation) {
    if (row.need === 'required' && !row.measure) gaps.push(`${row.item.humanId} ${row.item.name}: say how its segregation is made effective (5.3.5).`);
  }
  for (const unit of units) {
    if (unit.need === 'required' && !unit.design) gaps.push(`${unit.unit.humanId} ${unit.unit.name} is class C: write its detailed design (5.4.2).`);
  }
  return gaps;
}

/** The whole architecture as the screen and the documents show it. */
export function architectureView(project: OpenProject): ArchitectureView {
  const s = readSources(project);
  const { projectClass: cls } = projectClass(s.tree);
  const segregation = segregationViews(project, s);
  const units = unitViews(project, s);
  return {
    projectClass: cls,
    architectureNeed: architectureNeed(cls),
    detailedDesignNeed: detailedDesignNeed(cls),
    tree: s.tree,
    interfaces: s.interfaces.map((i) => toView(i, s)),
    segregation,
    units,
    soupOptions: [...s.soup.values()].filter((x) => !x.removed).map((x) => ({ id: x.id, label: soupLabel(x) })),
    gaps: gapsOf(s, cls, segregation, units),
    diagram: layoutDiagram(diagramInput(s)),
  };
}

/** Only the diagram, for the command line and the documents. */
export function architectureDiagram(project: OpenProject) {
  return layoutDiagram(diagramInput(readSources(project)));
}
