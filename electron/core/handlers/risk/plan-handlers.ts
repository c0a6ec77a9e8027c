import type { RiskRecord } from '../../../../shared/api/risk-types';
import { RISK_PLAN_FIELDS } from '../../../../shared/api/risk-types';
import type { HazardCategory } from '../../../../shared/risk/catalogue';
import { scaleEditProblem } from '../../../../shared/risk/scale-usage';
import type { HandlerContext, Handlers } from '../../context';
import { CairnError } from '../../errors';
import type { RiskRecordRow } from '../../risk/risk-records-repo';
import { markChainSuspect, RECORD_NOUNS, recordOrThrow, suspectNote } from '../../risk/risk-lookups';
import { controlViews, planWithDrafts, riskRows } from '../../risk/risk-view';
import { requireAuthor } from '../require-author';

type PlanHandlers = Pick<Handlers, 'risk.plan' | 'risk.updatePlan' | 'risk.evaluateOverall' | 'risk.records' | 'risk.addRecord' | 'risk.updateRecord' | 'risk.removeRecord'>;

function recordView(ctx: HandlerContext, kind: RiskRecord['kind'], row: RiskRecordRow): RiskRecord {
  return {
    kind,
    id: row.id,
    humanId: row.humanId,
    name: row.name,
    description: row.description,
    category: row.category as HazardCategory | '',
    chains: ctx.project.risk.records.chainsUsing(kind, row.id).length,
  };
}

export const riskPlanHandlers: PlanHandlers = {
  'risk.plan': (_input, ctx) => planWithDrafts(ctx.project),

  'risk.updatePlan': (input, ctx) => {
    requireAuthor(ctx, 'change the risk management plan');
    const row = ctx.project.risk.plan.get();
    const next = { ...row };
    const changed: string[] = [];
    for (const f of RISK_PLAN_FIELDS) {
      const value = input[f];
      if (value === undefined || value === row[f]) continue;
      next[f] = value;
      changed.push(f);
    }
    if (input.scales && JSON.stringify(input.scales) !== JSON.stringify(row.scales)) {
      const chains = ctx.project.risk.chains.all();
      const problem = scaleEditProblem(input.scales, chains);
      if (!problem.ok) throw new CairnError('conflict', problem.problem.message, `scales.${problem.problem.field ?? ''}`);
      next.scales = input.scales;
      changed.push('scales');
    }
    if (changed.length === 0) throw new CairnError('invalid_input', 'Nothing to change.');
    ctx.project.risk.plan.save(next, ctx.now(), ctx.user.id);
    const pick = (r: typeof row) => Object.fromEntries(changed.map((f) => [f, r[f as keyof typeof r]]));
    ctx.audit({
      action: 'update',
      entity: 'risk_plan',
      entityId: 'RMP',
      summary: `Risk management plan changed: ${changed.join(', ')}`,
      before: row.saved ? pick(row) : undefined,
      after: pick(next),
    });
    return planWithDrafts(ctx.project);
  },

  'risk.evaluateOverall': (input, ctx) => {
    requireAuthor(ctx, 'evaluate the overall residual risk');
    if (input.acceptable) {
      const rows = riskRows(ctx.project);
      if (rows.length === 0) throw new CairnError('conflict', 'There are no risk chains yet: analyse the hazards before judging the overall residual risk.', 'acceptable');
      const pending = rows.filter((r) => !r.residual || (r.residual.acceptability === 'unacceptable' && !r.benefitRisk.trim())).map((r) => r.humanId);
      if (pending.length > 0) {
        throw new CairnError(
          'conflict',
          `The overall residual risk cannot be judged acceptable while ${pending.slice(0, 10).join(', ')}${pending.length > 10 ? ` and ${pending.length - 10} more` : ''} lack a residual estimate or a benefit-risk analysis.`,
          'acceptable',
        );
      }
    }
    const row = ctx.project.risk.plan.get();
    const next = { ...row, overallEvaluation: input.evaluation, overallAcceptable: input.acceptable, overallEvaluatedAt: ctx.now(), overallEvaluatedBy: ctx.user.id };
    ctx.project.risk.plan.save(next, ctx.now(), ctx.user.id);
    ctx.audit({
      action: 'evaluate',
      entity: 'risk_plan',
      entityId: 'RMP',
      summary: `Overall residual risk judged ${input.acceptable ? 'acceptable' : 'not acceptable'}`,
      before: { evaluation: row.overallEvaluation, acceptable: row.overallAcceptable },
      after: { evaluation: input.evaluation, acceptable: input.acceptable },
    });
    return planWithDrafts(ctx.project);
  },

  'risk.records': (_input, ctx) => {
    const records = ctx.project.risk.records;
    const view = (kind: RiskRecord['kind']) => records.all(kind).map(({ chains, ...row }) => ({ ...recordView(ctx, kind, row), chains }));
    const controls = [...controlViews(ctx.project, ctx.project.risk.controls.all()).values()];
    return { hazards: view('hazard'), situations: view('situation'), harms: view('harm'), controls };
  },

  'risk.addRecord': (input, ctx) => {
    requireAuthor(ctx, 'write the hazard analysis');
    if (input.kind === 'hazard' && !input.category) throw new CairnError('invalid_input', 'Choose the hazard’s category.', 'category');
    if (input.kind !== 'hazard' && input.category) throw new CairnError('invalid_input', `Only hazards have a category, not a ${RECORD_NOUNS[input.kind]}.`, 'category');
    const row = ctx.project.risk.records.insert(input.kind, { name: input.name, description: input.description, category: input.category ?? '' }, ctx.now());
    ctx.audit({ action: 'create', entity: input.kind, entityId: row.humanId, summary: `${row.humanId} "${row.name}" added`, after: row });
    return recordView(ctx, input.kind, row);
  },

  'risk.updateRecord': (input, ctx) => {
    requireAuthor(ctx, 'write the hazard analysis');
    const row = recordOrThrow(ctx, input.kind, input.id);
    if (input.kind !== 'hazard' && input.category) throw new CairnError('invalid_input', `Only hazards have a category, not a ${RECORD_NOUNS[input.kind]}.`, 'category');
    const next = { name: input.name ?? row.name, description: input.description ?? row.description, category: input.category ?? row.category };
    if (next.name === row.name && next.description === row.description && next.category === row.category) throw new CairnError('invalid_input', 'Nothing to change.');
    ctx.project.risk.records.update(input.kind, row.id, next, ctx.now());
    const why = `${row.humanId} was changed`;
    let suspect = input.kind === 'situation' ? ctx.project.trace.markSuspect({ type: 'hazardous_situation', id: row.id }, why, ctx.now()) : 0;
    const using = new Set(ctx.project.risk.records.chainsUsing(input.kind, row.id));
    for (const chain of ctx.project.risk.chains.all()) if (using.has(chain.humanId)) suspect += markChainSuspect(ctx, chain, why);
    ctx.audit({
      action: 'update',
      entity: input.kind,
      entityId: row.humanId,
      summary: `${row.humanId} changed${suspectNote(suspect)}`,
      before: { name: row.name, description: row.description, category: row.category },
      after: next,
    });
    return recordView(ctx, input.kind, { ...row, ...next });
  },

  'risk.removeRecord': (input, ctx) => {
    requireAuthor(ctx, 'write the hazard analysis');
    const row = recordOrThrow(ctx, input.kind, input.id);
    const chains = ctx.project.risk.records.chainsUsing(input.kind, row.id);
    if (chains.length > 0) throw new CairnError('conflict', `${row.humanId} is used by ${chains.join(', ')}; change or remove those chains first.`, 'id');
    if (input.kind === 'hazard') {
      const controls = ctx.project.risk.controls.all().filter((c) => c.newHazardId === row.id);
      if (controls.length > 0)
        throw new CairnError('conflict', `${row.humanId} is the new hazard recorded for ${controls.map((c) => c.humanId).join(', ')}; clear it there first.`, 'id');
    }
    const links = input.kind === 'situation' ? ctx.project.trace.forget({ type: 'hazardous_situation', id: row.id }) : [];
    ctx.project.risk.records.remove(input.kind, row.id);
    ctx.audit({
      action: 'delete',
      entity: input.kind,
      entityId: row.humanId,
      summary: `${row.humanId} "${row.name}" removed${links.length ? ` with ${links.length} trace link(s)` : ''}`,
      before: { ...row, links: links.map((l) => ({ from: l.from, to: l.to })) },
    });
    return { removed: row.humanId };
  },
};
