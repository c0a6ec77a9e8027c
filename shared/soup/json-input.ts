import { SoupParseError } from './types';

/**
 * Arrays and objects nested inside one another in an imported JSON file (lockfile, SBOM). Real files stay
 * far below; the readers walk nested components recursively, so a deeper file is refused up front.
 */
export const MAX_JSON_DEPTH = 200;

/**
 * The line on which `text` first nests brackets deeper than `max`, or null; strings (between any of
 * `quotes`) are skipped, backslash escapes honoured. Serves JSON and the flow collections of YAML and TOML.
 */
export function lineTooDeep(text: string, max: number, quotes = '"'): number | null {
  let depth = 0;
  let line = 1;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (ch === '\n') line += 1;
    else if (quote) {
      if (ch === '\\') i += 1;
      else if (ch === quote) quote = null;
    } else if (quotes.includes(ch)) quote = ch;
    else if (ch === '[' || ch === '{') {
      depth += 1;
      if (depth > max) return line;
    } else if (ch === ']' || ch === '}') depth -= 1;
  }
  return null;
}

/** How deeply arrays and objects nest inside `value` (a scalar is 0), counted without recursion. */
export function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [item, depth] = next;
    if (typeof item !== 'object' || item === null) continue;
    deepest = Math.max(deepest, depth + 1);
    // Past the limit there is nothing more to learn; a hostile file could be wide as well as deep.
    if (depth + 1 > MAX_JSON_DEPTH) return depth + 1;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** The refusal for a file nested past the limit (a parser's own stack overflow included), naming where. */
export function tooDeep(where: string): SoupParseError {
  return new SoupParseError(where, `nested more than ${MAX_JSON_DEPTH} levels deep, Cairn's limit for imported files`);
}

/** Parses JSON, turning the engine's character position into a line number a person can find. */
export function parseJsonDocument(text: string, what: string): unknown {
  const deep = lineTooDeep(text, MAX_JSON_DEPTH);
  if (deep !== null) throw tooDeep(`${what} line ${deep}`);
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // Node 20 reports a character position, newer engines a line; either becomes a line number.
    const position = /position (\d+)/.exec(message)?.[1];
    const stated = /line (\d+)/.exec(message)?.[1];
    const line = stated !== undefined ? Number(stated) : position === undefined ? null : text.slice(0, Number(position)).split('\n').length;
    const where = line === null ? `${what} (line ${text.split('\n').length}, end of file)` : `${what} line ${line}`;
    throw new SoupParseError(where, `not valid JSON (${message.replace(/^.*?: /, '')})`);
  }
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field, or '' when absent; any other type is an error naming the element. */
export function stringAt(object: JsonObject, key: string, where: string): string {
  const value = object[key];
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new SoupParseError(where, `"${key}" should be text, found ${Array.isArray(value) ? 'a list' : typeof value}`);
  return value;
}

/** A required non-empty string field. */
export function requiredString(object: JsonObject, key: string, where: string): string {
  const value = stringAt(object, key, where);
  if (value.trim() === '') throw new SoupParseError(where, `"${key}" is missing`);
  return value;
}

export function objectAt(object: JsonObject, key: string, where: string): JsonObject {
  const value = object[key];
  if (value === undefined) return {};
  if (!isObject(value)) throw new SoupParseError(where, `"${key}" should be an object`);
  return value;
}
