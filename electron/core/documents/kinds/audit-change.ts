/** How an audit entry's before/after values are shown in a document: one "field: before → after" line each. */

const MAX_VALUE_CHARS = 80;
const ABSENT = '—';

/** Lines for the fields that differ, in field order; an entry without values says so. */
export function describeChange(before: unknown, after: unknown): string {
  if (before == null && after == null) return '';
  if (!isRecord(before) && !isRecord(after)) return `value: ${show(before)} → ${show(after)}`;
  const old = isRecord(before) ? before : {};
  const now = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])].sort();
  return fields
    .filter((field) => JSON.stringify(old[field]) !== JSON.stringify(now[field]))
    .map((field) => `${field}: ${show(old[field])} → ${show(now[field])}`)
    .join('\n');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Strings as they are, other values as JSON, long ones cut: the full values stay in the trail. */
function show(value: unknown): string {
  if (value === undefined || value === null) return ABSENT;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}
