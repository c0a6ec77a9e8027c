import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ClientSessions } from '../../electron/core/client-sessions';
import { sealKey } from '../../electron/core/signing/key-protection';
import { PasswordMemo } from '../../electron/core/users/password-memo';
import { hashPassword } from '../../electron/core/users/passwords';

/** Issue 16 (the sample builds in ≤ 10 s): a re-entered password is recognised without a second scrypt, and never more loosely. */
describe('the password memo of one sign-in', () => {
  it('accepts a re-entry of the password it verified, and sends every other entry to scrypt', () => {
    const memo = new PasswordMemo();
    const stored = hashPassword('right-password-1');
    expect(memo.verify(7, stored, 'wrong-password')).toBe(false);
    expect(memo.verify(7, stored, 'right-password-1')).toBe(true);
    expect(memo.verify(7, stored, 'right-password-1')).toBe(true);
    expect(memo.verify(7, stored, 'wrong-password')).toBe(false);
    // Another member with the same password is verified against their own hash, not the memo.
    expect(memo.verify(8, hashPassword('other-password-2'), 'right-password-1')).toBe(false);
  });

  it('answers from the memo only for the very hash it verified: a changed password pays scrypt again', () => {
    const memo = new PasswordMemo();
    // A hash scrypt would refuse outright: only the memo can accept it.
    memo.remember(7, 'not-a-hash', 'right-password-1');
    expect(memo.verify(7, 'not-a-hash', 'right-password-1')).toBe(true);
    expect(memo.verify(7, 'not-a-hash', 'Right-password-1')).toBe(false);
    const changed = hashPassword('new-password-3');
    expect(memo.verify(7, changed, 'right-password-1')).toBe(false);
    expect(memo.verify(7, changed, 'new-password-3')).toBe(true);
  });

  it('hands an unsealed key out again only for the password that opened it', () => {
    const memo = new PasswordMemo();
    const sealed = sealKey(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey, 'right-password-1');
    const key = memo.unseal(sealed, 'right-password-1');
    expect(memo.unseal(sealed, 'right-password-1')).toBe(key);
    expect(() => memo.unseal(sealed, 'wrong-password')).toThrow(/does not unlock/);
  });

  it('lives exactly as long as the client’s sign-in', () => {
    const sessions = new ClientSessions();
    const a = sessions.of('a');
    const memo = a.passwords;
    a.user = { id: 1, name: 'Ada', email: 'ada@example.com', role: 'owner' };
    const first = a.passwords;
    // The dispatcher re-reads the same person on every call: the memo stays.
    a.user = { id: 1, name: 'Ada L.', email: 'ada@example.com', role: 'owner' };
    expect(a.passwords).toBe(first);
    expect(sessions.of('b').passwords).not.toBe(first);
    a.user = null;
    expect(a.passwords).not.toBe(first);
    expect(a.passwords).not.toBe(memo);
    a.user = { id: 2, name: 'Bo', email: 'bo@example.com', role: 'author' };
    const second = a.passwords;
    sessions.forget('a');
    expect(a.passwords).not.toBe(second);
  });
});
