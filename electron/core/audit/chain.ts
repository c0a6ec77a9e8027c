import { createHash } from 'node:crypto';

/** The columns of an audit row that its hash covers, exactly as stored. */
export interface ChainedFields {
  seq: number;
  at: string;
  userId: number | null;
  userName: string | null;
  method: string;
  action: string;
  entity: string;
  entityId: string | null;
  summary: string;
  beforeJson: string | null;
  afterJson: string | null;
  prevHash: string;
  /** The state the change left each row in (see row-ledger.ts); null on rows written before 0018. */
  rowsJson: string | null;
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * SHA-256 over a JSON array of the fields in a fixed order. An array (not an object) keeps the encoding
 * independent of key order, and JSON keeps field boundaries unambiguous. Row images join the array only
 * when present, so rows written before they existed keep their hashes.
 */
export function rowHash(f: ChainedFields): string {
  const fields: unknown[] = [f.seq, f.at, f.userId, f.userName, f.method, f.action, f.entity, f.entityId, f.summary, f.beforeJson, f.afterJson, f.prevHash];
  if (f.rowsJson !== null) fields.push(f.rowsJson);
  return createHash('sha256').update(JSON.stringify(fields), 'utf8').digest('hex');
}
