import { decided, refused, type Decision } from '../regulatory/problems';
import type { Acceptability, RiskScales } from './scales';

/** P and S as a person enters them: P1 and P2 when the plan combines them, otherwise P. */
export interface RiskInput {
  p1?: number | null;
  p2?: number | null;
  p?: number | null;
  s?: number | null;
}

/** Where a chain sits in the matrix and what the plan says about that cell. */
export interface RiskEstimate {
  p1: number | null;
  p2: number | null;
  p: number;
  s: number;
  acceptability: Acceptability;
  /** "P3 × S4", the cell as the matrix names it. */
  cell: string;
  probabilityName: string;
  severityName: string;
}

function given(v: number | null | undefined): v is number {
  return v !== null && v !== undefined;
}

function inScale(value: number, size: number, field: string, label: string): Decision<number> {
  if (!Number.isInteger(value) || value < 1 || value > size) return refused(field, `${label} is ${value} but its scale has levels 1 to ${size}.`);
  return decided(value);
}

/** The P level of a P1, P2 pair from the plan's combination table. */
export function combineP(scales: RiskScales, p1: number, p2: number, prefix = ''): Decision<number> {
  const a = inScale(p1, scales.p1.length, `${prefix}p1`, 'P1');
  if (!a.ok) return a;
  const b = inScale(p2, scales.p2.length, `${prefix}p2`, 'P2');
  if (!b.ok) return b;
  const p = scales.combination[p1 - 1]?.[p2 - 1];
  return p === undefined ? refused(`${prefix}p1`, `The P1 × P2 table has no cell for P1 = ${p1}, P2 = ${p2}.`) : decided(p);
}

/**
 * Looks a chain's estimate up in the plan's scales: refuses values outside a scale, P given where the
 * plan combines P1 × P2 (and the reverse), and a missing severity. `prefix` goes before field names
 * ("residual.") so the message lands on the right control.
 */
export function evaluateRisk(scales: RiskScales, input: RiskInput, prefix = ''): Decision<RiskEstimate> {
  let p: number;
  let p1: number | null = null;
  let p2: number | null = null;
  if (scales.probabilityMode === 'p1p2') {
    if (given(input.p)) return refused(`${prefix}p`, 'This plan estimates P as P1 × P2: give P1 and P2, not P.');
    if (!given(input.p1)) return refused(`${prefix}p1`, 'Required: the probability that the hazardous situation occurs (P1).');
    if (!given(input.p2)) return refused(`${prefix}p2`, 'Required: the probability that the hazardous situation leads to harm (P2).');
    const combined = combineP(scales, input.p1, input.p2, prefix);
    if (!combined.ok) return combined;
    [p, p1, p2] = [combined.value, input.p1, input.p2];
  } else {
    if (given(input.p1) || given(input.p2)) return refused(`${prefix}${given(input.p1) ? 'p1' : 'p2'}`, 'This plan estimates one probability P: give P, not P1 and P2.');
    if (!given(input.p)) return refused(`${prefix}p`, 'Required: the probability of harm (P).');
    const single = inScale(input.p, scales.probability.length, `${prefix}p`, 'P');
    if (!single.ok) return single;
    p = single.value;
  }
  if (!given(input.s)) return refused(`${prefix}s`, 'Required: the severity of the harm (S).');
  const s = inScale(input.s, scales.severity.length, `${prefix}s`, 'S');
  if (!s.ok) return s;
  const acceptability = scales.acceptability[p - 1]?.[s.value - 1];
  if (!acceptability) return refused(`${prefix}s`, `The matrix has no cell P${p} × S${s.value}.`);
  return decided({
    p1,
    p2,
    p,
    s: s.value,
    acceptability,
    cell: `P${p} × S${s.value}`,
    probabilityName: scales.probability[p - 1]?.name ?? '',
    severityName: scales.severity[s.value - 1]?.name ?? '',
  });
}
