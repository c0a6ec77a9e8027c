import type { Db } from '../db/connection';
import { lazyStatement } from '../db/lazy-statement';

/** A trail head vouched for by one person's signing key. */
export interface AuditAnchor {
  id: number;
  seq: number;
  hash: string;
  signerId: number;
  certificatePem: string;
  fingerprint: string;
  /** Base64 RSA-SHA256 signature over `anchorPayload(seq, hash)`. */
  signature: string;
  reason: string;
  signedAt: string;
}

const COLUMNS = `id, seq, hash, signer_id AS signerId, certificate_pem AS certificatePem, fingerprint, signature, reason, signed_at AS signedAt`;

/** Owns audit_anchor. Rows are permanent (triggers refuse update and delete); callers audit. */
export class AnchorsRepo {
  private readonly insertRow;
  private readonly allRows;

  constructor(db: Db) {
    this.insertRow = lazyStatement(
      db,
      `INSERT INTO audit_anchor (seq, hash, signer_id, certificate_pem, fingerprint, signature, reason, signed_at)
       VALUES (@seq, @hash, @signerId, @certificatePem, @fingerprint, @signature, @reason, @signedAt)`,
    );
    this.allRows = lazyStatement(db, `SELECT ${COLUMNS} FROM audit_anchor ORDER BY id`);
  }

  insert(anchor: Omit<AuditAnchor, 'id'>): AuditAnchor {
    return { ...anchor, id: Number(this.insertRow().run(anchor).lastInsertRowid) };
  }

  all(): AuditAnchor[] {
    return this.allRows().all() as AuditAnchor[];
  }
}
