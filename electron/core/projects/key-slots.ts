import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { digestOfPassword, isAcceptedCost, parsePasswordHash, slotKeyFromDigest } from '../users/passwords';

/**
 * One active member's copy of the project key, wrapped (AES-256-GCM) under a key derived from their
 * password hash's scrypt digest (see passwords.ts). The salt and cost are the member's own password
 * hash's, so the slot changes whenever their password does and no password or digest is ever stored here.
 *
 * Finding one's slot without trying them all: each slot carries a member tag, HMAC-SHA-256 of the
 * member's e-mail address keyed by the slot's own salt (truncated to 16 bytes). Whoever types an e-mail
 * and a password pays one scrypt, for the one slot whose tag matches, and that digest is the very one
 * sign-in compares with the stored hash, so unlocking and signing in cost one derivation together.
 *
 * What someone holding only the file learns from the tags: the number of members and their member numbers
 * (as before tags), and, for an address they already suspect, whether it is a member's (one HMAC per
 * guess and slot). Addresses are never written in clear, an unguessed address stays unknown, and the
 * same person's tags in two projects (or before and after a password change) differ, since each is keyed
 * by a fresh random salt. Knowing whose slot is whose saves a password guesser nothing: every guess still
 * pays scrypt against one slot. A tag is only a hint where to look, not bound into the wrapping: a
 * tampered tag can send an unlock to the wrong slot, where the GCM check fails; it never yields a wrong key.
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
  /** The member tag (see above); null in slots written before tags, which an unlock must try one by one. */
  memberTag: Buffer | null;
}

/** A slot as written now: every slot Cairn writes carries a member tag. */
export type TaggedSlot = KeySlot & { memberTag: Buffer };

/** What an unlock with a password yields: the project key, and the digest that proved the password for `userId`. */
export interface UnwrappedSlot {
  key: Buffer;
  userId: number;
  salt: Buffer;
  digest: Buffer;
}

export const PROJECT_KEY_BYTES = 32;
const SALT_BYTES = 16;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const MEMBER_TAG_BYTES = 16;
/** Envelope version 1: userId u32, N u32, r u8, p u8, digest length u8, salt, nonce, tag, wrapped key. */
export const UNTAGGED_SLOT_BYTES = 4 + 4 + 3 + SALT_BYTES + NONCE_BYTES + TAG_BYTES + PROJECT_KEY_BYTES;
/** Envelope version 2: the same, then the member tag. */
export const SLOT_BYTES = UNTAGGED_SLOT_BYTES + MEMBER_TAG_BYTES;
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

/** The member tag of an e-mail address under one slot's salt (see the notes at the top). */
export function memberTagOf(salt: Buffer, email: string): Buffer {
  return createHmac('sha256', salt).update('cairn key slot member v1\0').update(email.trim().toLowerCase()).digest().subarray(0, MEMBER_TAG_BYTES);
}

/** Whether a slot may be `email`'s: its tag matches, or it has none (written before tags). */
export function mayBelongTo(slot: KeySlot, email: string): boolean {
  return slot.memberTag === null || timingSafeEqual(slot.memberTag, memberTagOf(slot.salt, email));
}

/** Wraps the project key for a member, from their address and stored password hash; null when the hash does not parse. */
export function wrapForMember(projectKey: Buffer, member: { userId: number; email: string; storedHash: string }): TaggedSlot | null {
  const parsed = parsePasswordHash(member.storedHash);
  if (typeof parsed === 'string') return null;
  const shape = { userId: member.userId, N: parsed.N, r: parsed.r, p: parsed.p, digestBytes: parsed.digest.length, salt: parsed.salt };
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', slotKeyFromDigest(parsed.digest), nonce).setAAD(header(shape));
  const wrapped = Buffer.concat([cipher.update(projectKey), cipher.final()]);
  return { ...shape, nonce, tag: cipher.getAuthTag(), wrapped, memberTag: memberTagOf(parsed.salt, member.email) };
}

/** The project key and the proving digest if `password` opens this slot, else null (a wrong password fails the GCM check). */
export function unwrapWithPassword(slot: KeySlot, password: string): UnwrappedSlot | null {
  if (!isAcceptedCost(slot.N, slot.r, slot.p) || (slot.digestBytes !== 64 && slot.digestBytes !== 32)) return null;
  const digest = digestOfPassword(password, slot);
  const decipher = createDecipheriv('aes-256-gcm', slotKeyFromDigest(digest), slot.nonce).setAAD(header(slot)).setAuthTag(slot.tag);
  try {
    const key = Buffer.concat([decipher.update(slot.wrapped), decipher.final()]);
    return { key, userId: slot.userId, salt: slot.salt, digest };
  } catch {
    return null;
  }
}

/** A slot as envelope version 2 lays it out (every slot written now has a member tag). */
export function encodeSlot(slot: TaggedSlot): Buffer {
  return Buffer.concat([header(slot), slot.nonce, slot.tag, slot.wrapped, slot.memberTag]);
}

/** A slot of either layout: `bytes` is SLOT_BYTES long with a member tag, UNTAGGED_SLOT_BYTES without. */
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
    memberTag: bytes.length === SLOT_BYTES ? Buffer.from(take(MEMBER_TAG_BYTES)) : null,
  };
}
