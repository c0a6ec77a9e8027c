import { createHmac, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';
import { openSealedKey } from '../signing/key-protection';
import { verifyPassword } from './passwords';

/**
 * What one sign-in remembers of the passwords already checked by scrypt, so that re-entering the same
 * password for the next signature costs an HMAC instead of another 32 MiB derivation.
 *
 * Why this is sound for Part 11 (21 CFR 11.200(a)(1)): within one continuous session, every signing still
 * asks the signer to re-enter their password, and the signing still fails unless the password entered is
 * theirs. What changes is only how a correct re-entry is recognised: scrypt verified this very password in
 * this sign-in, and the entry is compared with a keyed MAC of it (a random key per sign-in, held in memory
 * only). The comparison is never looser than scrypt's:
 * - a wrong password never matches the MAC, so it falls through to a full scrypt check: guessing costs
 *   exactly what it did, and the refusal reads the same;
 * - an entry is tied to the stored hash it was verified against, so a password change (here or by another
 *   client) makes the next re-entry pay scrypt against the new hash;
 * - the memo ends with the sign-in (sign-out, another user signing in on the client, or another project),
 *   so a new session always starts with a full check.
 * The file never holds any of it. Someone who can read this process's memory could test guesses against the
 * MAC cheaply, but they could as well read the project key and the decrypted records beside it, and the
 * same process briefly holds each password as it is typed.
 *
 * Unsealed signing keys are remembered the same way: a key opened with a password is handed out again only
 * for that same password, after the caller has re-authenticated the signer.
 */
export class PasswordMemo {
  private readonly secret = randomBytes(32);
  private readonly verified = new Map<number, { storedHash: string; mac: Buffer }>();
  private readonly unsealed = new Map<string, { mac: Buffer; key: KeyObject }>();

  private mac(password: string): Buffer {
    return createHmac('sha256', this.secret).update(password.normalize('NFC'), 'utf8').digest();
  }

  private matches(remembered: Buffer | undefined, password: string): boolean {
    return remembered !== undefined && timingSafeEqual(remembered, this.mac(password));
  }

  /** Records a password scrypt has just verified against `storedHash` (at sign-in). */
  remember(userId: number, storedHash: string, password: string): void {
    this.verified.set(userId, { storedHash, mac: this.mac(password) });
  }

  /** verifyPassword, answered from the memo when this sign-in already verified the same password against the same hash. */
  verify(userId: number, storedHash: string, password: string): boolean {
    const known = this.verified.get(userId);
    if (known?.storedHash === storedHash && this.matches(known.mac, password)) return true;
    if (!verifyPassword(password, storedHash)) return false;
    this.remember(userId, storedHash, password);
    return true;
  }

  /** openSealedKey, answered from the memo when the same sealed key was opened with the same password. */
  unseal(sealed: string, password: string): KeyObject {
    const known = this.unsealed.get(sealed);
    if (known && this.matches(known.mac, password)) return known.key;
    const key = openSealedKey(sealed, password);
    this.unsealed.set(sealed, { mac: this.mac(password), key });
    return key;
  }
}
