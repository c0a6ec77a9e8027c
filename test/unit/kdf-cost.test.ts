import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHEAP_KDF_ENV, PRODUCTION_SCRYPT_COST, TEST_SCRYPT_COST, acceptedScryptCosts, cheapKdfEnabled, scryptCost } from '../../electron/core/kdf-cost';

/** Loads kdf-cost and passwords afresh in a process environment where the cheap switch reads `value`. */
async function freshModules(value: string | undefined) {
  vi.resetModules();
  vi.stubEnv(CHEAP_KDF_ENV, value);
  const kdf = await import('../../electron/core/kdf-cost');
  const passwords = await import('../../electron/core/users/passwords');
  return { kdf, passwords };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('key-derivation cost', () => {
  it('keeps the production cost fixed at scrypt N = 2^15, r = 8, p = 1', () => {
    expect(PRODUCTION_SCRYPT_COST).toEqual({ N: 32768, r: 8, p: 1 });
    expect(Object.isFrozen(PRODUCTION_SCRYPT_COST)).toBe(true);
    expect(TEST_SCRYPT_COST.N).toBeLessThan(PRODUCTION_SCRYPT_COST.N);
  });

  it('runs this test harness at the cheap cost, and accepts the production cost too', () => {
    expect(cheapKdfEnabled()).toBe(true);
    expect(scryptCost()).toBe(TEST_SCRYPT_COST);
    expect(acceptedScryptCosts()).toEqual([PRODUCTION_SCRYPT_COST, TEST_SCRYPT_COST]);
  });

  it.each([undefined, '', '0', 'true', 'yes', ' 1'])('pays the full cost when the switch reads %j', async (value) => {
    const { kdf } = await freshModules(value);
    expect(kdf.cheapKdfEnabled()).toBe(false);
    expect(kdf.scryptCost()).toEqual(PRODUCTION_SCRYPT_COST);
    expect(kdf.acceptedScryptCosts()).toEqual([PRODUCTION_SCRYPT_COST]);
  });

  it('hashes and verifies a password at the full production cost without the switch', async () => {
    const { passwords } = await freshModules(undefined);
    const started = performance.now();
    const stored = passwords.hashPassword('correct horse battery');
    const hashMs = performance.now() - started;
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{88}$/); // 16-byte salt, 64-byte digest
    expect(passwords.verifyPassword('correct horse battery', stored)).toBe(true);
    expect(passwords.verifyPassword('correct horse batterY', stored)).toBe(false);
    // Not a timing assertion on a loaded machine, only that real work happened: 32 MiB of scrypt is never instant.
    expect(hashMs).toBeGreaterThan(1);
  });
});
