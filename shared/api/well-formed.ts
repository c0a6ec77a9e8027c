/**
 * Finds the first string inside a value that holds a lone UTF-16 surrogate, and returns its path.
 * Such a string cannot be stored or used as a file name faithfully (SQLite and the file system would
 * each replace it differently), so every door refuses it before any handler runs.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface Visit {
  value: unknown;
  key: string | null;
  parent: Visit | null;
}

function pathTo(visit: Visit): string[] {
  const path: string[] = [];
  for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) path.push(at.key);
  return path.reverse();
}

export function pathOfMalformedString(value: unknown): string[] | null {
  // An explicit stack with parent links rather than recursion or copied paths: inputs come from
  // outside and may be nested arbitrarily deep.
  const stack: Visit[] = [{ value, key: null, parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop();
    if (!visit) break;
    if (typeof visit.value === 'string') {
      if (LONE_SURROGATE.test(visit.value)) return pathTo(visit);
    } else if (visit.value && typeof visit.value === 'object') {
      const entries = Array.isArray(visit.value) ? visit.value.map((item, i) => [String(i), item] as const) : Object.entries(visit.value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i] ?? ['', undefined];
        stack.push({ value: item, key, parent: visit });
      }
    }
  }
  return null;
}
