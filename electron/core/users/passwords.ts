import { randomBytes, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { scryptCost, scryptMaxmem as maxmem } from '../kdf-cost';

/**
 * scrypt with a per-user random salt. Parameters are stored with each hash so they can be raised later
 * without invalidating existing passwords; their cost comes from kdf-cost.ts.
 */
const KEY_LENGTH = 32;

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const cost = scryptCost();
  const key = scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, { ...cost, maxmem: maxmem(cost) });
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
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
