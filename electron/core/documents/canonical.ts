import { createHash } from 'node:crypto';
import type { RecordRef } from '../../../shared/documents/content';

/** JSON with object keys sorted, so equal data always hashes equally whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

export function sha256Hex(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A record's entry in a document: its digest covers exactly the data the document shows of it. */
export function recordRef(key: string, kind: string, label: string, data: unknown): RecordRef {
  return { key, kind, label, digest: sha256Hex(canonicalJson(data)) };
}
