/**
 * How a regulatory rule says "I cannot decide from these answers": the field at fault (a dotted path,
 * as in the API's error shape) and a sentence for a person. Missing answers, wrong values and
 * contradictions between answers all end up here.
 */
export interface InputProblem {
  /** Absent only when the input as a whole is wrong (for example not an object). */
  field?: string;
  message: string;
  /** Set when the answers contradict each other, so a wizard can say so while they are given rather than on save. */
  contradiction?: true;
}

/** A rule's verdict: either a result or the first problem that blocks it. */
export type Decision<T> = { ok: true; value: T } | { ok: false; problem: InputProblem };

export const decided = <T>(value: T): Decision<T> => ({ ok: true, value });

export const refused = (field: string, message: string): Decision<never> => ({ ok: false, problem: { field, message } });

/** A refusal because two answers cannot both be true; the message names the other answer in words. */
export const contradicted = (field: string, message: string): Decision<never> => ({ ok: false, problem: { field, message, contradiction: true } });

/** One line naming the field first, the same shape the dispatcher gives contract errors. */
export function describeProblem(problem: InputProblem): string {
  return problem.field ? `${problem.field}: ${problem.message}` : problem.message;
}

/** Thrown when a rule is called directly (without its schema) on answers it cannot decide. */
export class RegulatoryInputError extends Error {
  readonly field: string | undefined;

  constructor(readonly problem: InputProblem) {
    super(describeProblem(problem));
    this.name = 'RegulatoryInputError';
    this.field = problem.field;
  }
}

/** The value of a decision, or the problem as an exception for callers that skipped the schema. */
export function unwrap<T>(decision: Decision<T>): T {
  if (!decision.ok) throw new RegulatoryInputError(decision.problem);
  return decision.value;
}
