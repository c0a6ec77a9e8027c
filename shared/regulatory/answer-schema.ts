import { z } from 'zod';
import { decided, type Decision, type InputProblem } from './problems';

/**
 * Schema building blocks shared by every rule, so all answer files get the same wording for the same
 * mistake and every message can be shown next to the field it names.
 */

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** A yes/no answer; the message tells a missing answer apart from a wrong one. */
export const yesNo = z.boolean({
  error: (issue) => (issue.input === undefined ? 'Required: answer true or false.' : 'Expected true or false.'),
});

/** One of a fixed list of answers, listing them when the value is wrong or missing. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) => `${issue.input === undefined ? 'Required' : 'Not an allowed value'}: expected one of ${quoted(values)}.`,
  });
}

/**
 * The object holding a rule's answers. Unknown fields are refused rather than ignored: a misspelt
 * answer silently dropped would change the class without anyone noticing.
 */
export function answersObject<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'invalid_type' ? 'Expected an object holding the answers.' : undefined),
  });
}

/** Turns a rule's refusal into a schema issue on the field it names, so parse errors and rule errors look alike. */
export function refineWith<T>(decide: (value: T) => Decision<unknown>) {
  return (value: T, ctx: z.RefinementCtx<T>): void => {
    const decision = decide(value);
    if (!decision.ok) {
      const { field, message } = decision.problem;
      ctx.addIssue({ code: 'custom', path: field ? field.split('.') : [], message });
    }
  };
}

/** The first issue of a failed parse, with its field as a dotted path (unknown keys name the key). */
export function firstProblem(error: z.ZodError): InputProblem {
  const issue = error.issues[0];
  if (!issue) return { message: 'The answers are not valid.' };
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return { field: [...path, key].join('.'), message: `Unknown field "${key}"; check its spelling.` };
  }
  return path.length ? { field: path.join('.'), message: issue.message } : { message: issue.message };
}

/** Parses untrusted answers (from a file, the network) with a rule's schema. */
export function parseAnswers<S extends z.ZodType>(schema: S, raw: unknown): Decision<z.output<S>> {
  const parsed = schema.safeParse(raw);
  return parsed.success ? decided(parsed.data) : { ok: false, problem: firstProblem(parsed.error) };
}
