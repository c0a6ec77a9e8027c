import type { RiskControl, RiskPlan, RiskPlanView, RiskRow } from '../../../shared/api/risk-types';
import { RISK_PLAN_FIELDS } from '../../../shared/api/risk-types';
import type { CauseCategory, HazardCategory } from '../../../shared/risk/catalogue';
import { byControlPreference } from '../../../shared/risk/controls';
import { riskPlanDrafts } from '../../../shared/risk/plan-drafts';
import { evaluateRisk, type RiskEstimate, type RiskInput } from '../../../shared/risk/evaluate';
import type { RiskScales } from '../../../shared/risk/scales';
import { planFactsOf } from '../dev-plan/dev-plan-of';
import { CairnError } from '../errors';
import type { OpenProject } from '../projects/open-project';
import type { ChainRow } from './risk-chains-repo';
import type { ControlRow } from './risk-controls-repo';

export function planView(project: OpenProject): RiskPlan {
  const row = project.risk.plan.get();
  const evaluator = row.overallEvaluatedBy === null ? null : project.users.byId(row.overallEvaluatedBy);
  return {
    ...Object.fromEntries(RISK_PLAN_FIELDS.map((f) => [f, row[f]])),
    scales: row.scales,
    saved: row.saved,
    missing: RISK_PLAN_FIELDS.filter((f) => !row[f].trim()),
    overall: { evaluation: row.overallEvaluation, acceptable: row.overallAcceptable, evaluatedAt: row.overallEvaluatedAt, evaluatedBy: evaluator?.name ?? null },
    updatedAt: row.updatedAt,
  } as RiskPlan;
}

/** The plan with Cairn's drafts, for the screen (documents take the plan as written, without them). */
export const planWithDrafts = (project: OpenProject): RiskPlanView => ({ ...planView(project), drafts: riskPlanDrafts(planFactsOf(project).facts) });

/** A stored estimate looked up in the current scales; scale edits that would break one are refused, so this holds. */
export function estimateOf(scales: RiskScales, values: RiskInput, where: string): RiskEstimate {
  const result = evaluateRisk(scales, values);
  if (!result.ok) throw new CairnError('internal', `${where} no longer fits the plan's scales: ${result.problem.message}`);
  return result.value;
}

/** Control views with their chains and requirements, looked up in bulk so the whole table is one pass. */
export function controlViews(project: OpenProject, controls: readonly ControlRow[]): Map<number, RiskControl> {
  const wanted = new Set(controls.map((c) => c.id));
  const chainIds = new Map<number, number[]>();
  for (const { chainId, controlId } of project.risk.controls.pairs()) {
    if (wanted.has(controlId)) chainIds.set(controlId, [...(chainIds.get(controlId) ?? []), chainId]);
  }
  const chainLabels = new Map(project.risk.chains.all().map((c) => [c.id, c.humanId]));
  const requirements = new Map<number, RiskControl['requirements']>();
  for (const link of project.trace.between('risk_control', 'requirement')) {
    if (!wanted.has(link.from.id)) continue;
    const req = project.requirements.byId(link.to.id);
    if (!req) continue;
    requirements.set(link.from.id, [
      ...(requirements.get(link.from.id) ?? []),
      { id: req.id, humanId: req.humanId, title: req.title || req.text.slice(0, 80), suspect: link.suspect },
    ]);
  }
  const hazards = new Map(project.risk.records.all('hazard').map((h) => [h.id, h]));
  return new Map(
    controls.map((c) => {
      const hazard = c.newHazardId === null ? undefined : hazards.get(c.newHazardId);
      const view: RiskControl = {
        id: c.id,
        humanId: c.humanId,
        type: c.type,
        name: c.name,
        description: c.description,
        implementationVerification: c.implementationVerification,
        effectivenessVerification: c.effectivenessVerification,
        introducesHazard: c.introducesHazard,
        newHazard: hazard ? { id: hazard.id, humanId: hazard.humanId, name: hazard.name } : null,
        chains: (chainIds.get(c.id) ?? []).map((id) => ({ id, humanId: chainLabels.get(id) ?? '' })),
        requirements: requirements.get(c.id) ?? [],
      };
      return [c.id, view];
    }),
  );
}

/** What a chain still lacks, in the words the table and the report use. */
function openItems(row: Omit<RiskRow, 'open'>): string[] {
  const open: string[] = [];
  if (row.initial.acceptability === 'unacceptable' && row.controls.length === 0) open.push('Unacceptable risk with no risk control.');
  for (const c of row.controls) {
    // With no requirement but a recorded implementation check the control works outside the software
    // (procedure, labelling, hardware): external in control-placement.ts, not an open point.
    if (c.requirements.length === 0 && !c.implementationVerification.trim()) open.push(`${c.humanId} is implemented by no requirement.`);
    if (!c.implementationVerification.trim()) open.push(`${c.humanId}: verification of implementation not recorded.`);
    if (!c.effectivenessVerification.trim()) open.push(`${c.humanId}: verification of effectiveness not recorded.`);
    if (c.introducesHazard && !c.newHazard) open.push(`${c.humanId} introduces a new hazard that is not analysed yet.`);
  }
  if (!row.residual) open.push('Residual risk not estimated.');
  else if (row.residual.acceptability === 'unacceptable' && !row.benefitRisk.trim()) open.push('Residual risk unacceptable: benefit-risk analysis missing.');
  return open;
}

/** The risk table's rows for the given chains (all of them when omitted). */
export function riskRows(project: OpenProject, only?: readonly ChainRow[]): RiskRow[] {
  const chains = only ?? project.risk.chains.all();
  const { scales } = project.risk.plan.get();
  const [hazards, situations, harms] = (['hazard', 'situation', 'harm'] as const).map((k) => new Map(project.risk.records.all(k).map((r) => [r.id, r])));
  const controls = controlViews(project, project.risk.controls.all());
  const controlsOf = new Map<number, RiskControl[]>();
  for (const { chainId, controlId } of project.risk.controls.pairs()) {
    const view = controls.get(controlId);
    if (view) controlsOf.set(chainId, [...(controlsOf.get(chainId) ?? []), view]);
  }
  const items = new Map(project.software.all().map((n) => [n.id, n]));
  const causesOf = new Map<number, RiskRow['causes']>();
  for (const c of project.risk.chains.causes()) {
    const item = items.get(c.itemId);
    const view = { itemId: c.itemId, itemHumanId: item?.humanId ?? '', itemName: item?.name ?? '', category: c.category as CauseCategory, description: c.description };
    causesOf.set(c.chainId, [...(causesOf.get(c.chainId) ?? []), view]);
  }
  const named = (r: { id: number; humanId: string; name: string } | undefined) => ({ id: r?.id ?? 0, humanId: r?.humanId ?? '', name: r?.name ?? '' });
  return chains.map((chain) => {
    const hazard = hazards?.get(chain.hazardId);
    const row: Omit<RiskRow, 'open'> = {
      id: chain.id,
      humanId: chain.humanId,
      hazard: { ...named(hazard), category: (hazard?.category ?? 'other') as HazardCategory },
      sequenceOfEvents: chain.sequenceOfEvents,
      situation: named(situations?.get(chain.situationId)),
      harm: named(harms?.get(chain.harmId)),
      causes: causesOf.get(chain.id) ?? [],
      initial: estimateOf(scales, chain.initial, `${chain.humanId} (initial)`),
      residual: chain.residual ? estimateOf(scales, chain.residual, `${chain.humanId} (residual)`) : null,
      controls: [...(controlsOf.get(chain.id) ?? [])].sort(byControlPreference),
      benefitRisk: chain.benefitRisk,
    };
    return { ...row, open: openItems(row) };
  });
}
