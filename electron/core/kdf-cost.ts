/**
 * The one place that decides what deriving a key from a password costs: password hashes use it today, and
 * any key wrapped under a password should too. Production cost is a constant; only the test harness can
 * lower it, by setting CAIRN_TEST_CHEAP_KDF=1 before the process starts (the variable is read once, here).
 * The packaged desktop app is bundled with the variable compiled out, so it always pays the full cost.
 */

/** scrypt's cost parameters, as stored beside every hash: N (CPU and memory), r (block size), p (lanes). */
export interface ScryptCost {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/** What every real hash pays: N = 2^15, r = 8 costs 32 MiB and tens of milliseconds per derivation. */
export const PRODUCTION_SCRYPT_COST: ScryptCost = Object.freeze({ N: 2 ** 15, r: 8, p: 1 });

/** What tests pay instead (about 1 ms): thousands of sign-ins and signatures per run stay cheap. */
export const TEST_SCRYPT_COST: ScryptCost = Object.freeze({ N: 2 ** 10, r: 8, p: 1 });

/** The test harness's switch (vitest config, the e2e host, the test CLI runner); nothing else sets it. */
export const CHEAP_KDF_ENV = 'CAIRN_TEST_CHEAP_KDF';

// Spelled out (not process.env[CHEAP_KDF_ENV]) so the desktop bundle's esbuild `define` can compile it out.
const cheap = process.env.CAIRN_TEST_CHEAP_KDF === '1';

/** True only in a process the test harness started with the cheap switch on. */
export function cheapKdfEnabled(): boolean {
  return cheap;
}

/** The cost new hashes and wrapped keys are made with. */
export function scryptCost(): ScryptCost {
  return cheap ? TEST_SCRYPT_COST : PRODUCTION_SCRYPT_COST;
}

/** Costs a stored hash may carry: the production cost, and the test cost only while the switch is on. */
export function acceptedScryptCosts(): readonly ScryptCost[] {
  return cheap ? [PRODUCTION_SCRYPT_COST, TEST_SCRYPT_COST] : [PRODUCTION_SCRYPT_COST];
}

/** Node's scrypt refuses to use more than maxmem bytes; scrypt needs 128·N·r, so allow twice that. */
export function scryptMaxmem(cost: Pick<ScryptCost, 'N' | 'r'>): number {
  return 256 * cost.N * cost.r;
}
