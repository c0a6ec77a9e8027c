import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { scryptCost } from '../../electron/core/kdf-cost';
import { digestOfPassword, digestProvesPassword, hashPassword, isLegacyPasswordHash, parsePasswordHash, verifyPassword } from '../../electron/core/users/passwords';

describe('passwords', () => {
  // The production cost itself (scrypt$32768$8$1) is asserted at full cost in kdf-cost.test.ts.
  it('stores scrypt hashes with their cost and a per-user salt', () => {
    const { N, r, p } = scryptCost();
    const a = hashPassword('correct horse battery');
    const b = hashPassword('correct horse battery');
    expect(a.startsWith(`scrypt$${N}$${r}$${p}$`)).toBe(true);
    expect(a).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('correct horse');
  });

  it('verifies the right password and refuses others', () => {
    const stored = hashPassword('correct horse battery');
    expect(verifyPassword('correct horse battery', stored)).toBe(true);
    expect(verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(verifyPassword('', stored)).toBe(false);
  });

  it('accepts a digest derived at unlock only when it is the stored hash’s own, under the same salt', () => {
    const stored = hashPassword('correct horse battery');
    const parsed = parsePasswordHash(stored);
    if (typeof parsed === 'string') throw new Error(parsed);
    const shape = { ...parsed, digestBytes: parsed.digest.length };
    expect(digestProvesPassword(stored, parsed.salt, digestOfPassword('correct horse battery', shape))).toBe(true);
    expect(digestProvesPassword(stored, parsed.salt, digestOfPassword('correct horse batterY', shape))).toBe(false);
    // A slot made under an earlier password (another salt) proves nothing about the current one.
    expect(digestProvesPassword(stored, randomBytes(16), parsed.digest)).toBe(false);
    expect(digestProvesPassword(stored, parsed.salt, parsed.digest.subarray(0, 32))).toBe(false);
  });

  it('treats composed and decomposed accents as the same password', () => {
    const stored = hashPassword('Cr\u00e8me br\u00fbl\u00e9e!');
    expect(verifyPassword('Cre\u0300me bru\u0302le\u0301e!', stored)).toBe(true);
  });

  it('tells an earlier-format hash (32-byte digest) from a current one, and a damaged one from both', () => {
    const { N } = scryptCost();
    const salt = randomBytes(16).toString('base64');
    expect(isLegacyPasswordHash(`scrypt$${N}$8$1$${salt}$${randomBytes(32).toString('base64')}`)).toBe(true);
    expect(isLegacyPasswordHash(hashPassword('correct horse battery'))).toBe(false);
    expect(isLegacyPasswordHash(`scrypt$${N}$8$1$${salt}$${randomBytes(16).toString('base64')}`)).toBe(false);
  });

  it('never matches an unreadable stored hash', () => {
    expect(verifyPassword('anything', 'plaintext')).toBe(false);
    expect(verifyPassword('anything', 'scrypt$1$2$3')).toBe(false);
  });

  it('refuses stored hashes an attacker could choose: empty digest, huge cost, odd salt, other algorithms', () => {
    const salt = randomBytes(16).toString('base64');
    const digest = randomBytes(64).toString('base64');
    const refused = {
      emptyDigest: `scrypt$16$8$1$${salt}$`,
      weakCost: `scrypt$16$8$1$${salt}$${digest}`,
      hugeCost: `scrypt$${2 ** 21}$8$1$${salt}$${digest}`,
      otherBlock: `scrypt$32768$1$1$${salt}$${digest}`,
      shortDigest: `scrypt$32768$8$1$${salt}$${randomBytes(8).toString('base64')}`,
      shortSalt: `scrypt$32768$8$1$${randomBytes(4).toString('base64')}$${digest}`,
      sloppyBase64: `scrypt$32768$8$1$${salt}$${digest}!`,
      extraField: `scrypt$32768$8$1$${salt}$${digest}$x`,
      bcrypt: `bcrypt$32768$8$1$${salt}$${digest}`,
    };
    for (const [name, stored] of Object.entries(refused)) {
      expect(typeof parsePasswordHash(stored), name).toBe('string');
      expect(verifyPassword('anything', stored), name).toBe(false);
    }
    expect(parsePasswordHash(`scrypt$${2 ** 21}$8$1$${salt}$${digest}`)).toMatch(/cost/);
  });

  it('writes a 64-byte digest and reads it back strictly', () => {
    const parsed = parsePasswordHash(hashPassword('correct horse battery'));
    expect(typeof parsed).toBe('object');
    expect(parsed).toMatchObject(scryptCost());
    expect(typeof parsed === 'object' && parsed.digest.length).toBe(64);
  });
});
