import type { ClassificationRiskFile } from '../../../shared/api/classification-types';
import type { SoftwareNode } from '../../../shared/api/software-types';
import { placeControl, type ImplementingRequirement } from '../../../shared/regulatory/control-placement';
import { worstSeverityBySituation } from '../../../shared/regulatory/severity-hint';
import type { OpenProject } from '../projects/open-project';
import { allNodes } from './classification-history';
import { softwareTree } from '../software/software-tree';

/** Every node id mapped to the software system at the root of its tree. */
function systemOfNode(tree: SoftwareNode[]): Map<number, { id: number; humanId: string }> {
  const map = new Map<number, { id: number; humanId: string }>();
  for (const system of tree) for (const node of [system, ...allNodes(system.children)]) map.set(node.id, { id: system.id, humanId: system.humanId });
  return map;
}

function groupBy<K, V>(pairs: readonly (readonly [K, V])[]): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const [key, value] of pairs) map.set(key, [...(map.get(key) ?? []), value]);
  return map;
}

/** Each risk control's implementing requirements, with the systems those requirements are allocated to. */
function implementingRequirements(project: OpenProject, systems: Map<number, { id: number; humanId: string }>): Map<number, ImplementingRequirement[]> {
  const controlLinks = project.trace.between('risk_control', 'requirement');
  const systemsOfRequirement = groupBy(
    project.trace.between('requirement', 'software_item').flatMap((l) => {
      const system = systems.get(l.to.id);
      return system ? [[l.from.id, system] as const] : [];
    }),
  );
  const labels = project.requirements.labels(controlLinks.map((l) => l.to.id));
  return groupBy(controlLinks.map((l) => [l.from.id, { humanId: labels.get(l.to.id)?.humanId ?? `#${l.to.id}`, systems: systemsOfRequirement.get(l.to.id) ?? [] }] as const));
}

/**
 * The risk file as the classification wizard of one system sees it: every hazardous situation with the
 * worst severity of its harms and whether this system is linked to it or named as a cause on it, and every
 * risk control with whether it is external to this system (see control-placement.ts for the rule).
 */
export function classificationRiskFile(project: OpenProject, systemId: number): ClassificationRiskFile {
  const tree = softwareTree(project.software);
  const systems = systemOfNode(tree);
  const harms = new Map(project.risk.records.all('harm').map((h) => [h.id, h]));
  const chains = project.risk.chains.all();
  const worst = worstSeverityBySituation(
    chains.map((c) => ({
      humanId: c.humanId,
      situationId: c.situationId,
      s: c.initial.s ?? 0,
      harm: { humanId: harms.get(c.harmId)?.humanId ?? '', name: harms.get(c.harmId)?.name ?? '' },
    })),
    project.risk.plan.get().scales.severity,
  );
  const situationOfChain = new Map(chains.map((c) => [c.id, c.situationId]));
  const ownNodes = new Map([...systems.entries()].filter(([, s]) => s.id === systemId).map(([id]) => [id, id]));
  const nodeIds = project.software.labels([...ownNodes.keys()]);
  const causes = groupBy(
    project.risk.chains.causes().flatMap((c) => (ownNodes.has(c.itemId) ? [[situationOfChain.get(c.chainId) ?? 0, nodeIds.get(c.itemId)?.humanId ?? ''] as const] : [])),
  );
  const linked = new Set(
    project.trace
      .linksOf({ type: 'software_item', id: systemId })
      .filter((l) => l.to.type === 'hazardous_situation')
      .map((l) => l.to.id),
  );
  const requirements = implementingRequirements(project, systems);
  return {
    systemId,
    situations: project.risk.records.all('situation').map((s) => ({
      id: s.id,
      humanId: s.humanId,
      name: s.name,
      chains: s.chains,
      worstSeverity: worst.get(s.id) ?? null,
      linked: linked.has(s.id),
      causedBy: [...new Set(causes.get(s.id) ?? [])],
    })),
    controls: project.risk.controls.all().map((c) => ({ id: c.id, humanId: c.humanId, name: c.name, type: c.type, ...placeControl(systemId, requirements.get(c.id) ?? []) })),
  };
}
