/** An ISO instant or a date: the CLI runs on the real clock, the other doors on a fixed one. */
const TIME = /\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?Z)?/g;

/** A SHA-256 in hex: digests of content that holds times (documents, PDFs, certificates) differ with them. */
const SHA256 = /\b[0-9a-f]{64}\b/g;
/** Fields holding generated file bytes (which embed issue times) or random keys, which differ between doors. */
const BYTE_FIELDS = new Set(['base64', 'bytes', 'recoveryKey']);

/**
 * Replaces what legitimately differs between runs of the same calls through different doors: the
 * door's temp folder and times. Everything else must be equal.
 */
export function normalise(value: unknown, dir: string): unknown {
  if (typeof value === 'string') return value.replaceAll(dir, '<dir>').replace(TIME, '<time>').replace(SHA256, '<sha256>');
  if (Array.isArray(value)) return value.map((v) => normalise(v, dir));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, BYTE_FIELDS.has(k) ? '<generated>' : normalise(v, dir)]));
  }
  return value;
}
