import { z } from 'zod';
import { contract, type MethodName, type ParsedInputOf } from '../../../shared/api/contract';
import { CHECKED } from './checkbox-value';
import { FORM_ERROR, type FieldErrors } from './form-errors';

/** A form's values parsed as a method's input, or the messages to place next to its fields. */
export type ParsedForm<T> = { ok: true; input: T } | { ok: false; errors: FieldErrors };

/** The schema under optional, nullable and default wrappers: what kind of value the field finally holds. */
function coreOf(schema: z.core.$ZodType): z.core.$ZodType {
  let at = schema;
  for (let def = at._zod.def; 'innerType' in def; def = at._zod.def) at = def.innerType as z.core.$ZodType;
  return at;
}

/**
 * A form holds strings; the contract wants booleans and numbers. A checkbox's 'true' or '' (a radio pair's
 * 'true' or 'false') becomes a boolean, a number field's text a number (empty: null where the field may be
 * null, else left out), so the schema itself, not a cast, decides what is valid. Objects and records are
 * walked field by field, so a nested value (a release's confirmation) is read the same way.
 */
function fromFormStrings(schema: z.core.$ZodType, value: unknown): unknown {
  const core = coreOf(schema);
  if (typeof value === 'string') {
    const kind = core._zod.def.type;
    if (kind === 'boolean') return value === CHECKED;
    if (kind === 'number') {
      if (value.trim() === '') return z.safeParse(schema, null).success ? null : undefined;
      return Number(value);
    }
    return value;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const fieldSchema = (name: string): z.core.$ZodType | undefined =>
    core instanceof z.ZodObject ? (core.shape as Record<string, z.core.$ZodType>)[name] : core instanceof z.ZodRecord ? core.valueType : undefined;
  return Object.fromEntries(
    Object.entries(value).map(([name, inner]) => {
      const inside = fieldSchema(name);
      return [name, inside ? fromFormStrings(inside, inner) : inner];
    }),
  );
}

/** Zod's issue in the words a person reads next to a field (the field's own label says which field). */
function wordsOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return 'Choose one of the listed options.';
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'Enter a number.';
  return issue.message;
}

/**
 * Parses a form's values with the input schema of the contract method they are sent to: the same check
 * the core makes, before the round trip, with typed values as the result instead of casts. Each issue
 * lands on the field it names (dotted path); issues of fields the form does not show go to the form.
 */
export function parseFormInput<M extends MethodName>(
  method: M,
  values: Record<string, unknown>,
  shownFields: readonly string[] = Object.keys(values),
): ParsedForm<ParsedInputOf<M>> {
  const schema: z.core.$ZodType = contract[method].input;
  const parsed = z.safeParse(schema, fromFormStrings(schema, values));
  if (parsed.success) return { ok: true, input: parsed.data as ParsedInputOf<M> };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    const key = shownFields.includes(path) ? path : FORM_ERROR;
    errors[key] ??= wordsOf(issue);
  }
  return { ok: false, errors };
}
