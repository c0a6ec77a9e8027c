import type { Db } from '../db/connection';
import type { RowImage } from './row-ledger';

/**
 * Names a row the way people know it: its human ID where it has one, else through the record it belongs
 * to (a document version by its document's ID, a signature by the version it signs, a key by its owner).
 */
export class RecordLabels {
  private readonly documents: Map<number, string>;
  private readonly versions: Map<number, string>;
  private readonly users: Map<number, string>;

  constructor(db: Db) {
    const pairs = (sql: string) => new Map((db.prepare(sql).raw().all() as [number, string][]).map(([id, label]) => [id, label]));
    this.documents = pairs('SELECT id, doc_key FROM document');
    this.versions = pairs("SELECT v.id, d.doc_key || ' v' || v.version FROM document_version v JOIN document d ON d.id = v.document_id");
    this.users = pairs('SELECT id, email FROM user');
  }

  of(table: string, key: string, image: RowImage): string {
    const text = (column: string) => (typeof image[column] === 'string' ? (image[column] as string) : null);
    const id = (column: string) => (typeof image[column] === 'number' ? (image[column] as number) : -1);
    const direct = text('human_id') ?? text('doc_key') ?? text('email');
    if (direct) return direct;
    if (table === 'document_version') return `${this.documents.get(id('document_id')) ?? `document ${id('document_id')}`} v${String(image.version)}`;
    if (table === 'signature') return `${this.versions.get(id('version_id')) ?? `version ${id('version_id')}`} signature by ${text('printed_name') ?? '?'}`;
    if (table === 'signing_key') return `key of ${this.users.get(id('user_id')) ?? `user ${id('user_id')}`}`;
    if (table === 'trusted_certificate') return text('subject') ?? key;
    if (table === 'audit_anchor') return `anchor of row ${String(image.seq)} by ${this.users.get(id('signer_id')) ?? `user ${id('signer_id')}`}`;
    if (table === 'record_signature') return `${text('entity_type') ?? '?'} ${String(image.entity_id)} signature by ${text('signer_name') ?? '?'}`;
    return `${table} ${key}`;
  }
}
