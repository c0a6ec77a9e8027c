import type { SoftwareNode } from '../../../shared/api/software-types';
import type { HandlerContext } from '../context';
import { CHAINS, CONTROLS, HARMS, HAZARDS, OVERALL_EVALUATION, RISK_PLAN, SITUATIONS } from './demo-risk-content';

function idsByName(nodes: SoftwareNode[], into = new Map<string, number>()): Map<string, number> {
  for (const node of nodes) {
    into.set(node.name, node.id);
    idsByName(node.children, into);
  }
  return into;
}

/** A name looked up in what the demo itself wrote; a miss means the sample content is inconsistent. */
function must<K, V>(map: Map<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`The sample risk file names ${what} "${String(key)}", which the sample project does not have.`);
  return value;
}

/** The id of the n-th record (1-based) the demo added, as the content refers to them. */
function nth(ids: readonly number[], n: number, what: string): number {
  const id = ids[n - 1];
  if (id === undefined) throw new Error(`The sample risk file names ${what} ${n}, which it never adds.`);
  return id;
}

/**
 * BreathWise's risk management file: the plan, the hazard analysis with its software causes, controls
 * implemented by the requirements written earlier (one created from its control), residual risk, one
 * benefit-risk conclusion and the overall evaluation. Runs after the requirements area.
 */
export async function buildDemoRisk(ctx: HandlerContext): Promise<void> {
  await ctx.call('risk.updatePlan', RISK_PLAN);
  const items = idsByName(await ctx.call('software.tree', {}));
  const requirements = new Map((await ctx.call('requirements.list', { limit: 1000 })).rows.map((r) => [r.title, r.id]));
  const hazards = [];
  for (const h of HAZARDS) hazards.push((await ctx.call('risk.addRecord', { kind: 'hazard', ...h })).id);
  const situations = [];
  for (const name of SITUATIONS) situations.push((await ctx.call('risk.addRecord', { kind: 'situation', name })).id);
  const harms = [];
  for (const h of HARMS) harms.push((await ctx.call('risk.addRecord', { kind: 'harm', ...h })).id);

  const chains: number[] = [];
  for (const c of CHAINS) {
    const causes = c.causes.map((cause) => ({ itemId: must(items, cause.item, 'software item'), category: cause.category, description: cause.description }));
    const row = await ctx.call('risk.addChain', {
      hazardId: nth(hazards, c.hazard, 'hazard'),
      situationId: nth(situations, c.situation, 'situation'),
      harmId: nth(harms, c.harm, 'harm'),
      sequenceOfEvents: c.sequence,
      initial: c.initial,
      causes,
    });
    chains.push(row.id);
  }
  for (const [index, control] of CONTROLS.entries()) {
    const chainIds = CHAINS.flatMap((c, i) => (c.controls.includes(index + 1) ? [nth(chains, i + 1, 'chain')] : []));
    // The alert (RC-4) is what makes alerts before a baseline possible: the new hazard it brings is HAZ-6.
    const introduces = index === 3 ? { introducesHazard: true, newHazardId: nth(hazards, 6, 'hazard') } : {};
    const { requirements: titles, newRequirement, ...fields } = control;
    const row = await ctx.call('risk.addControl', { chainIds, ...fields, ...introduces });
    for (const title of titles) await ctx.call('risk.linkRequirement', { controlId: row.id, requirementId: must(requirements, title, 'requirement') });
    if (newRequirement) {
      const created = await ctx.call('risk.createRequirement', { controlId: row.id, text: newRequirement.text, type: 'usability' });
      const requirementId = Math.max(...created.requirements.map((r) => r.id));
      await ctx.call('requirements.update', { id: requirementId, verificationMethod: 'test', acceptanceCriteria: newRequirement.acceptanceCriteria, status: 'implemented' });
      for (const item of newRequirement.items) await ctx.call('requirements.linkItem', { id: requirementId, itemId: must(items, item, 'software item') });
    }
  }
  for (const [i, c] of CHAINS.entries()) {
    await ctx.call('risk.setResidual', { id: nth(chains, i + 1, 'chain'), residual: c.residual, ...(c.benefitRisk ? { benefitRisk: c.benefitRisk } : {}) });
  }
  await ctx.call('risk.evaluateOverall', { evaluation: OVERALL_EVALUATION, acceptable: true });
}
