/** One line of a before → after comparison. */
export interface DiffLine {
  field: string;
  before: string | null;
  after: string | null;
  changed: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How a value reads in the diff: strings as they are, everything else as compact JSON. */
export function display(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * Field-by-field comparison of an audit row's before and after. Nested objects are flattened to dotted
 * paths so a change deep inside still shows as one readable line; fields present on one side only show
 * as added or removed.
 */
export function diffFields(before: unknown, after: unknown): DiffLine[] {
  const lines: DiffLine[] = [];
  const walk = (prefix: string, left: unknown, right: unknown) => {
    if (isRecord(left) || isRecord(right)) {
      const a = isRecord(left) ? left : {};
      const b = isRecord(right) ? right : {};
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
      for (const key of keys) walk(prefix ? `${prefix}.${key}` : key, a[key], b[key]);
      return;
    }
    const shownBefore = display(left);
    const shownAfter = display(right);
    lines.push({ field: prefix || 'value', before: shownBefore, after: shownAfter, changed: shownBefore !== shownAfter });
  };
  if (before === null && after === null) return lines;
  walk('', before, after);
  return lines;
}

/** People's words for the snake_case actions the core records. */
export function actionLabel(action: string): string {
  const words = action.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
