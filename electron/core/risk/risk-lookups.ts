import type { RiskRecordKind } from '../../../shared/api/risk-types';
import type { RiskInput, RiskEstimate } from '../../../shared/risk/evaluate';
import { evaluateRisk } from '../../../shared/risk/evaluate';
import type { RiskScales } from '../../../shared/risk/scales';
import type { HandlerContext } from '../context';
import { CairnError } from '../errors';
import type { ChainRow } from './risk-chains-repo';
import type { ControlRow } from './risk-controls-repo';
import type { RiskRecordRow } from './risk-records-repo';

export const RECORD_NOUNS: Record<RiskRecordKind, string> = { hazard: 'hazard', situation: 'hazardous situation', harm: 'harm' };

// Lookups that refuse a dangling reference with a message naming the field that holds it.

export function recordOrThrow(ctx: HandlerContext, kind: RiskRecordKind, id: number, field = 'id'): RiskRecordRow {
  const row = ctx.project.risk.records.byId(kind, id);
  if (!row) throw new CairnError('not_found', `There is no ${RECORD_NOUNS[kind]} with id ${id}.`, field);
  return row;
}

export function chainOrThrow(ctx: HandlerContext, id: number, field = 'id'): ChainRow {
  const row = ctx.project.risk.chains.byId(id);
  if (!row) throw new CairnError('not_found', `There is no risk chain with id ${id}.`, field);
  return row;
}

export function controlOrThrow(ctx: HandlerContext, id: number, field = 'id'): ControlRow {
  const row = ctx.project.risk.controls.byId(id);
  if (!row) throw new CairnError('not_found', `There is no risk control with id ${id}.`, field);
  return row;
}

/** An estimate on the plan's scales, or the rule's refusal as an input error on the named field. */
export function estimateOrThrow(scales: RiskScales, values: RiskInput, prefix: string): RiskEstimate {
  const result = evaluateRisk(scales, values, prefix);
  if (!result.ok) throw new CairnError('invalid_input', result.problem.message, result.problem.field);
  return result.value;
}

/** A chain changed: its situation's and its controls' links need a fresh look. Returns how many became suspect. */
export function markChainSuspect(ctx: HandlerContext, chain: ChainRow, why: string): number {
  let count = ctx.project.trace.markSuspect({ type: 'hazardous_situation', id: chain.situationId }, why, ctx.now());
  for (const controlId of ctx.project.risk.controls.controlIdsOf(chain.id)) count += ctx.project.trace.markSuspect({ type: 'risk_control', id: controlId }, why, ctx.now());
  return count;
}

/** ", 3 trace link(s) now suspect" or nothing. */
export function suspectNote(count: number): string {
  return count > 0 ? `; ${count} trace link(s) now suspect` : '';
}

/** An estimate with every key present (null where not given), so stored and entered values compare equal. */
export function normalEstimate(values: RiskInput): Required<{ [K in keyof RiskInput]: number | null }> {
  return { p1: values.p1 ?? null, p2: values.p2 ?? null, p: values.p ?? null, s: values.s ?? null };
}
