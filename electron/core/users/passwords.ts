import { hkdfSync, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { acceptedScryptCosts, scryptCost, scryptMaxmem } from '../kdf-cost';

/**
 * scrypt with a per-user random salt, at the cost kdf-cost.ts decides (N = 2^15, r = 8: about 32 MiB
 * and tens of milliseconds; only the test harness lowers it). The parameters are stored with each hash,
 * but only a narrow range is ever accepted back: a stored hash is data an attacker with the file can
 * write, so it must not choose its own cost (2^21 costs gigabytes) or its own digest length (an empty
 * digest matches every password).
 */
const SCRYPT = { r: 8, p: 1 } as const;
/** Production cost and two doublings (a cost can be raised later); the test cost only while the test switch is on. */
const allowedN = (): ReadonlySet<number> => new Set([2 ** 15, 2 ** 16, 2 ** 17, ...acceptedScryptCosts().map((c) => c.N)]);
const SALT_BYTES = 16;
const DIGEST_BYTES = 64;
/** Hashes written before digests grew to 64 bytes; still read so earlier team members can sign in. */
const LEGACY_DIGEST_BYTES = 32;

export interface ParsedPasswordHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  digest: Buffer;
}

/** Strict base64: decodes only text that re-encodes to itself. */
function base64(text: string): Buffer | null {
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : null;
}

const positiveInt = (text: string): number | null => (/^[1-9]\d{0,7}$/.test(text) ? Number(text) : null);

export function hashPassword(password: string): string {
  const salt = randomBytes(SALT_BYTES);
  const cost = scryptCost();
  const digest = scryptSync(password.normalize('NFC'), salt, DIGEST_BYTES, { ...cost, maxmem: scryptMaxmem(cost) });
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), digest.toString('base64')].join('$');
}

/**
 * Reads a stored hash, or says in words why it is refused: fixed algorithm, cost within the allowed range,
 * a 16-byte salt and a 64-byte (or legacy 32-byte) digest, and nothing else.
 */
export function parsePasswordHash(stored: string): ParsedPasswordHash | string {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return 'it is not an scrypt hash in Cairn’s format';
  const [, n, r, p, saltText, digestText] = parts as [string, string, string, string, string, string];
  const N = positiveInt(n);
  if (N === null || !allowedN().has(N) || positiveInt(r) !== SCRYPT.r || positiveInt(p) !== SCRYPT.p) {
    return `its cost (N=${n}, r=${r}, p=${p}) is outside the range Cairn writes`;
  }
  const salt = base64(saltText);
  if (!salt || salt.length !== SALT_BYTES) return `its salt is not ${SALT_BYTES} bytes`;
  const digest = base64(digestText);
  if (!digest || (digest.length !== DIGEST_BYTES && digest.length !== LEGACY_DIGEST_BYTES)) return `its digest is not ${DIGEST_BYTES} bytes`;
  return { N, r: SCRYPT.r, p: SCRYPT.p, salt, digest };
}

/**
 * A hash with a 32-byte digest, written before digests grew to 64 bytes: still accepted at sign-in, where
 * it is re-hashed at once, and reported by `verify` while one remains.
 */
export function isLegacyPasswordHash(stored: string): boolean {
  const parsed = parsePasswordHash(stored);
  return typeof parsed !== 'string' && parsed.digest.length === LEGACY_DIGEST_BYTES;
}

/**
 * Constant-time comparison; a stored hash that does not parse strictly never matches. Synchronous because
 * mutations that re-check a password run inside one synchronous SQLite transaction.
 */
export function verifyPassword(password: string, stored: string): boolean {
  const parsed = parsePasswordHash(stored);
  if (typeof parsed === 'string') return false;
  return timingSafeEqual(digestOfPassword(password, { ...parsed, digestBytes: parsed.digest.length }), parsed.digest);
}

/**
 * The 32-byte key that wraps a member's slot of the project key: HKDF over the member's scrypt digest.
 * It can be computed from the password (at unlock) or from the stored hash (by a session that has already
 * decrypted the file), so any open session can give every active member a slot without knowing passwords,
 * while someone holding only the encrypted file must still pay scrypt per guess.
 */
export function slotKeyFromDigest(digest: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', digest, Buffer.alloc(0), 'cairn project key slot v1', 32));
}

/** The slot key a stored hash stands for, or null when the hash does not parse strictly. */
export function slotKeyOfStoredHash(stored: string): Buffer | null {
  const parsed = parsePasswordHash(stored);
  return typeof parsed === 'string' ? null : slotKeyFromDigest(parsed.digest);
}

/**
 * The scrypt digest a password gives under one slot's salt and cost: the very derivation a sign-in pays,
 * so an unlock that has it can hand it to sign-in (see `digestProvesPassword`) instead of deriving twice.
 */
export function digestOfPassword(password: string, slot: Omit<ParsedPasswordHash, 'digest'> & { digestBytes: number }): Buffer {
  const { N, r, p, salt, digestBytes } = slot;
  return scryptSync(password.normalize('NFC'), salt, digestBytes, { N, r, p, maxmem: scryptMaxmem({ N, r }) });
}

/**
 * Whether a digest already derived from the typed password (at unlock, under `salt`) is the stored hash's
 * own: the same check `verifyPassword` makes, without paying scrypt again. A salt that differs (a stale
 * slot) proves nothing.
 */
export function digestProvesPassword(stored: string, salt: Buffer, digest: Buffer): boolean {
  const parsed = parsePasswordHash(stored);
  if (typeof parsed === 'string' || !parsed.salt.equals(salt) || parsed.digest.length !== digest.length) return false;
  return timingSafeEqual(parsed.digest, digest);
}

/** Whether a cost read from a file is one Cairn writes (a file must not choose a gigabyte scrypt). */
export function isAcceptedCost(N: number, r: number, p: number): boolean {
  return allowedN().has(N) && r === SCRYPT.r && p === SCRYPT.p;
}
