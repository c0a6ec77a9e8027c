import { join } from 'node:path';
import { z } from 'zod';

/** Keys whose strings name files. */
export const PATH_KEY = /path|dest|file/i;

/**
 * - `invalid`: wrong by construction (wrong type, missing required field, unknown field, not an
 *   object); every door must refuse it with invalid_input naming `field`.
 * - `contract`: a string the contract may legitimately accept (SQL-ish, unicode oddities, huge); the
 *   contract's own parse decides, and an accepted value must be stored exactly as parsed.
 */
export type PayloadKind = 'invalid' | 'contract';

export interface BadPayload {
  label: string;
  kind: PayloadKind;
  /** The payload as JSON text: deeply nested values are built as text, beyond JSON.stringify's stack. */
  json: string;
  /** The dotted path of the field at fault, when one field is. */
  field?: string;
}

/** Strings that are odd but may be valid text: the contract, not the test, decides. */
export const ODD_STRINGS: Record<string, string> = {
  'SQL-ish': "'); DROP TABLE user;--",
  'SQL-ish or': '" OR 1=1; --',
  'RTL override': '\u202Eevil\u202C name',
  'RTL mark + Arabic': '\u200Fمرحبا بالعالم',
  emoji: 'Pump 🩺 👩🏽‍⚕️',
  'NUL inside': 'a\u0000b',
  'combining + zero-width': 'e\u0301\u200Bx',
  'lone surrogate': 'x\uD800y',
  'huge (1 MB)': 'x'.repeat(1024 * 1024),
};

const DEPTH = 5000;
const DEEP_MARK = '__deeply_nested__';
/** DEPTH objects deep, as JSON text: stresses parsers and validators that recurse. */
const DEEP_JSON = `${'{"a":'.repeat(DEPTH)}"bottom"${'}'.repeat(DEPTH)}`;

/** JSON text of `payload`, with every DEEP_MARK string replaced by the deeply nested object. */
function toJson(payload: unknown): string {
  return JSON.stringify(payload).replaceAll(JSON.stringify(DEEP_MARK), DEEP_JSON);
}

type Leaf = 'string' | 'number' | 'boolean' | 'enum' | 'object' | 'array' | 'other';

/** Peels optional/default/pipe wrappers to the schema that decides a value's type. */
export function core(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    return core(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodPipe) return core(schema.def.in as z.ZodType);
  return schema;
}

function leafOf(schema: z.ZodType): Leaf {
  const inner = core(schema);
  if (inner instanceof z.ZodString) return 'string';
  if (inner instanceof z.ZodNumber) return 'number';
  if (inner instanceof z.ZodBoolean) return 'boolean';
  if (inner instanceof z.ZodEnum) return 'enum';
  if (inner instanceof z.ZodObject) return 'object';
  if (inner instanceof z.ZodArray) return 'array';
  return 'other';
}

const isOptional = (schema: z.ZodType) => schema instanceof z.ZodOptional || schema instanceof z.ZodDefault;

/** Values of the wrong JSON type for a field of the given kind. */
const WRONG_TYPES: Record<Leaf, Record<string, unknown>> = {
  string: { number: 42, boolean: true, null: null, array: ['x'], object: { x: 'y' } },
  number: { string: '1', boolean: true, null: null, array: [1], object: { n: 1 } },
  boolean: { string: 'true', number: 1, null: null, object: {} },
  enum: { 'unknown member': 'not-a-member', number: 1, null: null, array: [] },
  object: { string: 'x', number: 1, array: [], null: null },
  array: { string: 'x', object: {}, null: null },
  other: {},
};

/** Numbers of the right type whose validity depends on the field's bounds: the contract decides. */
const ODD_NUMBERS: Record<string, number> = { fraction: 1.5, negative: -1, zero: 0, huge: 2 ** 53 + 2 };

const REMOVE = Symbol('remove');

function setAt(base: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = path;
  if (head === undefined) return base;
  const copy = { ...base };
  if (rest.length === 0) {
    if (value === REMOVE) delete copy[head];
    else copy[head] = value;
  } else copy[head] = setAt((base[head] ?? {}) as Record<string, unknown>, rest, value);
  return copy;
}
/**
 * Invalid and odd payloads for one method, derived from its input schema and a valid `base` input:
 * each payload changes one thing of `base`, so a refusal can be pinned to one field.
 */
export function badPayloads(schema: z.ZodType, base: Record<string, unknown>, pathDir: string): BadPayload[] {
  const out: BadPayload[] = [];
  const add = (label: string, kind: PayloadKind, payload: unknown, field?: string) => out.push({ label, kind, json: toJson(payload), ...(field === undefined ? {} : { field }) });
  add('array instead of an object', 'invalid', [base]);
  add('string instead of an object', 'invalid', 'input');
  add('number instead of an object', 'invalid', 7);
  add('boolean instead of an object', 'invalid', false);
  add('null instead of an object', 'contract', null);
  add('unknown field', 'invalid', { ...base, unexpected: 1 }, 'unexpected');
  add('unknown deeply nested field', 'invalid', { ...base, deep: DEEP_MARK }, 'deep');
  const walk = (object: z.ZodObject, path: string[]) => {
    for (const [key, fieldSchema] of Object.entries(object.shape) as [string, z.ZodType][]) {
      const at = [...path, key];
      const field = at.join('.');
      const leaf = leafOf(fieldSchema);
      for (const [label, value] of Object.entries(WRONG_TYPES[leaf])) {
        // A nullable field takes null: only values the field itself refuses are wrong types.
        if (fieldSchema.safeParse(value).success) continue;
        add(`${field}: ${label}`, 'invalid', setAt(base, at, value), field);
      }
      if (leaf !== 'other') {
        add(`${field}: deeply nested object`, 'invalid', setAt(base, at, DEEP_MARK), field);
      }
      if (!isOptional(fieldSchema)) add(`${field}: missing`, 'invalid', setAt(base, at, REMOVE), field);
      if (leaf === 'string') {
        for (const [label, value] of Object.entries(ODD_STRINGS)) {
          // An odd file name must land in the test's folder, never in the host's working directory.
          const odd = PATH_KEY.test(key) ? join(pathDir, value) : value;
          add(`${field}: ${label}`, 'contract', setAt(base, at, odd), field);
        }
      }
      if (leaf === 'number') {
        for (const [label, value] of Object.entries(ODD_NUMBERS)) {
          add(`${field}: ${label}`, 'contract', setAt(base, at, value), field);
        }
      }
      const inner = core(fieldSchema);
      if (inner instanceof z.ZodObject) {
        add(`${field}: unknown field`, 'invalid', setAt(base, [...at, 'unexpected'], 1), `${field}.unexpected`);
        walk(inner, at);
      }
    }
  };
  const root = core(schema);
  if (root instanceof z.ZodObject) walk(root, []);
  return out;
}
