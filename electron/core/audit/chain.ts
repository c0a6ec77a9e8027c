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
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * SHA-256 over a JSON array of the fields in a fixed order. An array (not an object) keeps the encoding
 * independent of key order, and JSON keeps field boundaries unambiguous.
 */
export function rowHash(f: ChainedFields): string {
  const canonical = JSON.stringify([
    f.seq,
    f.at,
    f.userId,
    f.userName,
    f.method,
    f.action,
    f.entity,
    f.entityId,
    f.summary,
    f.beforeJson,
    f.afterJson,
    f.prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
