import type { Db } from '../db/connection';
import type { StoredKey } from './user-keys';

export type KeySource = 'generated' | 'imported';

export interface SigningKeyRow extends StoredKey {
  userId: number;
  source: KeySource;
  createdAt: string;
}

export interface TrustedCertificateRow {
  id: number;
  fingerprint: string;
  subject: string;
  certificatePem: string;
  note: string;
  addedBy: number;
  addedAt: string;
}

const KEY_COLUMNS = `user_id AS userId, certificate_pem AS certificatePem, encrypted_key_pem AS encryptedKeyPem, fingerprint, subject,
  not_after AS notAfter, source, created_at AS createdAt`;

/** Owns signing_key and trusted_certificate. */
export class KeysRepo {
  constructor(private readonly db: Db) {}

  keyOf(userId: number): SigningKeyRow | null {
    const row = this.db.prepare(`SELECT ${KEY_COLUMNS} FROM signing_key WHERE user_id = ?`).get(userId) as SigningKeyRow | undefined;
    return row ?? null;
  }

  /** Every person's current key, for the integrity check. */
  allKeys(): SigningKeyRow[] {
    return this.db.prepare(`SELECT ${KEY_COLUMNS} FROM signing_key ORDER BY user_id`).all() as SigningKeyRow[];
  }

  saveKey(row: SigningKeyRow): void {
    this.db
      .prepare(
        `INSERT INTO signing_key (user_id, certificate_pem, encrypted_key_pem, fingerprint, subject, not_after, source, created_at)
         VALUES (@userId, @certificatePem, @encryptedKeyPem, @fingerprint, @subject, @notAfter, @source, @createdAt)
         ON CONFLICT (user_id) DO UPDATE SET certificate_pem = excluded.certificate_pem, encrypted_key_pem = excluded.encrypted_key_pem,
         fingerprint = excluded.fingerprint, subject = excluded.subject, not_after = excluded.not_after, source = excluded.source,
         created_at = excluded.created_at`,
      )
      .run(row);
  }

  trusted(): TrustedCertificateRow[] {
    return this.db
      .prepare(
        `SELECT id, fingerprint, subject, certificate_pem AS certificatePem, note, added_by AS addedBy, added_at AS addedAt
         FROM trusted_certificate ORDER BY added_at, id`,
      )
      .all() as TrustedCertificateRow[];
  }

  isTrusted(fingerprint: string): boolean {
    return this.db.prepare('SELECT 1 FROM trusted_certificate WHERE fingerprint = ?').get(fingerprint) !== undefined;
  }

  trust(row: Omit<TrustedCertificateRow, 'id'>): number {
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO trusted_certificate (fingerprint, subject, certificate_pem, note, added_by, added_at)
         VALUES (@fingerprint, @subject, @certificatePem, @note, @addedBy, @addedAt)`,
      )
      .run(row);
    return Number(lastInsertRowid);
  }

  untrust(id: number): void {
    this.db.prepare('DELETE FROM trusted_certificate WHERE id = ?').run(id);
  }
}
