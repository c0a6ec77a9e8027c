import type Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, statSync } from 'node:fs';
import { encodeEnvelope, removeSideCopy, writeSideCopy, writeTrailer } from './key-envelope';
import { parsePasswordHash } from '../users/passwords';
import { memberTagOf, wrapForMember, type KeySlot, type TaggedSlot } from './key-slots';

/** Past this WAL size a mutation is followed by a seal, as SQLite's own autocheckpoint would (≈ 1000 pages). */
const WAL_SEAL_BYTES = 4 * 1024 * 1024;
/** What a WAL is cut back to when it restarts after a seal: well under the threshold, so one seal clears it. */
export const WAL_KEPT_BYTES = 1024 * 1024;

/** A connection to the file (db/connection.ts makes them; this module must not import it, as it calls here). */
type Db = Database.Database;

interface TeamRow {
  id: number;
  email: string;
  password_hash: string;
}

/** Active members in a fixed order, as the envelope lists them. */
function activeTeam(db: Db): TeamRow[] {
  return db.prepare('SELECT id, email, password_hash FROM user WHERE active = 1 ORDER BY id').all() as TeamRow[];
}

/**
 * A member, the salt of their password (a new salt with every password change) and the tag of their
 * address, as the envelope keys them; a slot written before tags never matches, so it is rewritten.
 */
const memberMark = (id: number, salt: Buffer, memberTag: Buffer | null) => `${id}:${salt.toString('base64')}:${memberTag?.toString('hex') ?? 'untagged'}`;

/** What the envelope must hold for this team: changes exactly when a member, an address or a password does. */
export function teamFingerprint(db: Db): string {
  return activeTeam(db)
    .map((row) => {
      const parsed = parsePasswordHash(row.password_hash);
      return typeof parsed === 'string' ? `${row.id}:unusable` : memberMark(row.id, parsed.salt, memberTagOf(parsed.salt, row.email));
    })
    .join('\n');
}

/** The same fingerprint, of the slots an envelope holds. */
export function slotsFingerprint(slots: readonly KeySlot[]): string {
  return slots.map((slot) => memberMark(slot.userId, slot.salt, slot.memberTag)).join('\n');
}

/** One slot per active member whose password hash parses (an unparsable hash could not sign in either). */
export function slotsFor(db: Db, projectKey: Buffer): TaggedSlot[] {
  return activeTeam(db).flatMap((row) => wrapForMember(projectKey, { userId: row.id, email: row.email, storedHash: row.password_hash }) ?? []);
}

/**
 * Checkpoints the WAL into the file and rewrites the key envelope after the last page (see
 * key-envelope.ts for why both go together). A second connection holds the WAL write lock throughout,
 * so no other Cairn process can write or checkpoint meanwhile, and the envelope describes the team as
 * last committed. Returns the fingerprint sealed, or null when the file was busy (the side copy then
 * stays, and the next seal tries again).
 */
export function sealProjectFile(path: string, projectKey: Buffer, connect: () => Db): string | null {
  const holder = connect();
  const worker = connect();
  try {
    holder.exec('BEGIN IMMEDIATE');
    try {
      const fingerprint = teamFingerprint(holder);
      const envelope = encodeEnvelope(slotsFor(holder, projectKey));
      writeSideCopy(path, envelope);
      // PASSIVE needs no write lock (the holder has it); with no writer left it backfills every frame.
      worker.pragma('wal_checkpoint(PASSIVE)');
      const pageSize = holder.pragma('page_size', { simple: true }) as number;
      if (!writeTrailer(path, envelope, pageSize)) return null;
      removeSideCopy(path);
      return fingerprint;
    } finally {
      holder.exec('COMMIT');
    }
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_BUSY') return null;
    throw error;
  } finally {
    worker.close();
    holder.close();
  }
}

/** Whether the WAL has grown past the size at which a seal (a checkpoint) is due. */
export function walIsLarge(path: string): boolean {
  const wal = `${path}-wal`;
  return existsSync(wal) && statSync(wal).size > WAL_SEAL_BYTES;
}
