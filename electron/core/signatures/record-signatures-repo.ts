import type { RecordSignature } from '../../../shared/api/signature-types';
import type { Db } from '../db/connection';
import { statementCache } from '../db/lazy-statement';

type StoredSignature = Omit<RecordSignature, 'current'>;

const COLUMNS = `id, entity_type AS entityType, entity_id AS entityId, meaning, signer_id AS signerId, signer_name AS signerName,
  signer_role AS signerRole, signed_at AS signedAt, content_hash AS contentHash`;

/** Owns record_signature. Rows are permanent (triggers refuse update and delete); callers audit. */
export class RecordSignaturesRepo {
  private readonly stmt: ReturnType<typeof statementCache>;

  constructor(db: Db) {
    this.stmt = statementCache(db);
  }

  /** The signatures on one record, oldest first. */
  of(entityType: string, entityId: number): StoredSignature[] {
    return this.stmt(`SELECT ${COLUMNS} FROM record_signature WHERE entity_type = ? AND entity_id = ? ORDER BY id`).all(entityType, entityId) as StoredSignature[];
  }

  /** The signatures on many records of one type, grouped by record id, for list views. */
  ofMany(entityType: string): Map<number, StoredSignature[]> {
    const rows = this.stmt(`SELECT ${COLUMNS} FROM record_signature WHERE entity_type = ? ORDER BY id`).all(entityType) as StoredSignature[];
    const byRecord = new Map<number, StoredSignature[]>();
    for (const row of rows) byRecord.set(row.entityId, [...(byRecord.get(row.entityId) ?? []), row]);
    return byRecord;
  }

  /** Every signature with one meaning, whatever it signs (e.g. the owners' trust-change approvals). */
  withMeaning(meaning: string): StoredSignature[] {
    return this.stmt(`SELECT ${COLUMNS} FROM record_signature WHERE meaning = ? ORDER BY id`).all(meaning) as StoredSignature[];
  }

  insert(signature: Omit<StoredSignature, 'id'>): StoredSignature {
    const { lastInsertRowid } = this.stmt(
      `INSERT INTO record_signature (entity_type, entity_id, meaning, signer_id, signer_name, signer_role, content_hash, signed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(signature.entityType, signature.entityId, signature.meaning, signature.signerId, signature.signerName, signature.signerRole, signature.contentHash, signature.signedAt);
    return { ...signature, id: Number(lastInsertRowid) };
  }
}
