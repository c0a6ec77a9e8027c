import { parse, YAMLParseError } from 'yaml';
import { isObject, lineTooDeep, MAX_JSON_DEPTH, nestingDepth, tooDeep, type JsonObject } from './json-input';
import { SoupParseError } from './types';

/** Parses a YAML lockfile; a syntax error names the line. Large lockfiles have many aliases-free keys, so limits are lifted. */
export function parseYamlDocument(text: string, what: string): JsonObject {
  // Flow collections ([…], {…}) are checked before parsing, indentation after; a parser stack overflow is the same refusal.
  const deep = lineTooDeep(text, MAX_JSON_DEPTH, `"'`);
  if (deep !== null) throw tooDeep(`${what} line ${deep}`);
  let doc: unknown;
  try {
    doc = parse(text, { uniqueKeys: false, maxAliasCount: -1 });
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(what);
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line;
      throw new SoupParseError(line === undefined ? what : `${what} line ${line}`, `not valid YAML (${error.message.split(':')[0] ?? error.code})`);
    }
    throw error;
  }
  if (!isObject(doc)) throw new SoupParseError(what, 'the top level should be a mapping');
  if (nestingDepth(doc) > MAX_JSON_DEPTH) throw tooDeep(what);
  return doc;
}

/** A scalar YAML value as text ('' when absent); YAML may read `1.10` as a number, so numbers are accepted. */
export function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
