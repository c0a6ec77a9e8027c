import { randomBytes, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt with a per-user random salt. Parameters are stored with each hash so they can be raised later
 * without invalidating existing passwords. N = 2^15, r = 8 costs about 32 MiB and tens of milliseconds.
 */
const PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const maxmem = (o: { N: number; r: number }) => 256 * o.N * o.r;

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, { ...PARAMS, maxmem: maxmem(PARAMS) });
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

function parse(stored: string): { options: ScryptOptions & { N: number; r: number }; salt: Buffer; key: Buffer } | null {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return null;
  const options = { N: Number(n), r: Number(r), p: Number(p) };
  return { options: { ...options, maxmem: maxmem(options) }, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
}

/**
 * Constant-time comparison; an unreadable stored hash never matches. Synchronous because mutations that
 * re-check a password run inside one synchronous SQLite transaction.
 */
export function verifyPassword(password: string, stored: string): boolean {
  const parsed = parse(stored);
  if (!parsed) return false;
  return timingSafeEqual(scryptSync(password.normalize('NFC'), parsed.salt, parsed.key.length, parsed.options), parsed.key);
}
