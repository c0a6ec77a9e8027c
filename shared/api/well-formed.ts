/**
 * Finds the first string inside a value that holds a lone UTF-16 surrogate, and returns its path.
 * Such a string cannot be stored or used as a file name faithfully (SQLite and the file system would
 * each replace it differently), so every door refuses it before any handler runs.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function pathOfMalformedString(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = pathOfMalformedString(item, [...path, String(index)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = pathOfMalformedString(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
