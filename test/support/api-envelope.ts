import { ERROR_CODES, type ApiError, type Envelope } from '../../shared/api/errors';

/** Checks that a door answered with a well-formed envelope; returns it typed, or throws saying why not. */
export function asEnvelope(value: unknown): Envelope<unknown> {
  const v = value as { ok?: unknown; value?: unknown; error?: Partial<ApiError> } | null;
  if (typeof v !== 'object' || v === null || typeof v.ok !== 'boolean') throw new Error(`not an envelope: ${String(value).slice(0, 200)}`);
  if (v.ok) return { ok: true, value: v.value };
  const error = v.error;
  if (!error || !(ERROR_CODES as readonly unknown[]).includes(error.code) || typeof error.message !== 'string') {
    throw new Error(`an error envelope without a known code and a message: ${JSON.stringify(value).slice(0, 200)}`);
  }
  return { ok: false, error: error as ApiError };
}
