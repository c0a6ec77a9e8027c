/** An ISO instant or a date: the CLI runs on the real clock, the other doors on a fixed one. */
const TIME = /\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?Z)?/g;

/**
 * Replaces what legitimately differs between runs of the same calls through different doors: the
 * door's temp folder and times. Everything else must be equal.
 */
export function normalise(value: unknown, dir: string): unknown {
  if (typeof value === 'string') return value.replaceAll(dir, '<dir>').replace(TIME, '<time>');
  if (Array.isArray(value)) return value.map((v) => normalise(v, dir));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v, dir)]));
  }
  return value;
}
