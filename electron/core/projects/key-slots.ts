import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { isAcceptedCost, parsePasswordHash, slotKeyFromDigest, slotKeyOfPassword } from '../users/passwords';

/**
 * One active member's copy of the project key, wrapped (AES-256-GCM) under a key derived from their
 * password hash's scrypt digest (see passwords.ts). The salt and cost are the member's own password
 * hash's, so the slot changes whenever their password does and no password or digest is ever stored here.
 */
export interface KeySlot {
  userId: number;
  N: number;
  r: number;
  p: number;
  digestBytes: number;
  salt: Buffer;
  nonce: Buffer;
  tag: Buffer;
  wrapped: Buffer;
}

export const PROJECT_KEY_BYTES = 32;
const SALT_BYTES = 16;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
/** userId u32, N u32, r u8, p u8, digest length u8, salt, nonce, tag, wrapped key. */
export const SLOT_BYTES = 4 + 4 + 3 + SALT_BYTES + NONCE_BYTES + TAG_BYTES + PROJECT_KEY_BYTES;
const HEADER_BYTES = 4 + 4 + 3 + SALT_BYTES;

/** The slot's public part, bound into the tag so a slot cannot be moved to another member or cost. */
function header(slot: Pick<KeySlot, 'userId' | 'N' | 'r' | 'p' | 'digestBytes' | 'salt'>): Buffer {
  const out = Buffer.alloc(HEADER_BYTES);
  out.writeUInt32BE(slot.userId, 0);
  out.writeUInt32BE(slot.N, 4);
  out.writeUInt8(slot.r, 8);
  out.writeUInt8(slot.p, 9);
  out.writeUInt8(slot.digestBytes, 10);
  slot.salt.copy(out, 11);
  return out;
}

/** Wraps the project key for a member, from their stored password hash; null when the hash does not parse. */
export function wrapForMember(projectKey: Buffer, userId: number, storedHash: string): KeySlot | null {
  const parsed = parsePasswordHash(storedHash);
  if (typeof parsed === 'string') return null;
  const shape = { userId, N: parsed.N, r: parsed.r, p: parsed.p, digestBytes: parsed.digest.length, salt: parsed.salt };
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', slotKeyFromDigest(parsed.digest), nonce).setAAD(header(shape));
  const wrapped = Buffer.concat([cipher.update(projectKey), cipher.final()]);
  return { ...shape, nonce, tag: cipher.getAuthTag(), wrapped };
}

/** The project key if `password` opens this slot, else null (a wrong password fails the tag check). */
export function unwrapWithPassword(slot: KeySlot, password: string): Buffer | null {
  if (!isAcceptedCost(slot.N, slot.r, slot.p) || (slot.digestBytes !== 64 && slot.digestBytes !== 32)) return null;
  const decipher = createDecipheriv('aes-256-gcm', slotKeyOfPassword(password, slot), slot.nonce).setAAD(header(slot)).setAuthTag(slot.tag);
  try {
    return Buffer.concat([decipher.update(slot.wrapped), decipher.final()]);
  } catch {
    return null;
  }
}

export function encodeSlot(slot: KeySlot): Buffer {
  return Buffer.concat([header(slot), slot.nonce, slot.tag, slot.wrapped]);
}

export function decodeSlot(bytes: Buffer): KeySlot {
  let at = HEADER_BYTES;
  const take = (n: number) => bytes.subarray(at, (at += n));
  return {
    userId: bytes.readUInt32BE(0),
    N: bytes.readUInt32BE(4),
    r: bytes.readUInt8(8),
    p: bytes.readUInt8(9),
    digestBytes: bytes.readUInt8(10),
    salt: Buffer.from(bytes.subarray(11, 11 + SALT_BYTES)),
    nonce: Buffer.from(take(NONCE_BYTES)),
    tag: Buffer.from(take(TAG_BYTES)),
    wrapped: Buffer.from(take(PROJECT_KEY_BYTES)),
  };
}
