import { looksLikeSqlite, WRONG_KEY_MESSAGE } from '../db/connection';
import { CairnError } from '../errors';
import { readEnvelope } from './key-envelope';
import { mayBelongTo, PROJECT_KEY_BYTES, unwrapWithPassword, type UnwrappedSlot } from './key-slots';

/** Whether a project file is encrypted: not plain SQLite (unlocking then tells a project from anything else). */
export function isEncryptedFile(path: string): boolean {
  return !looksLikeSqlite(path);
}

/**
 * Refuses a file that is neither plain SQLite nor carries a key envelope (nor a seal's side copy): it is
 * not a Cairn project, or an encrypted one whose envelope was cut off, which only its recovery key opens.
 */
export function requireKeyEnvelope(path: string): void {
  if (readEnvelope(path)) return;
  throw new CairnError('not_a_project', `${path} is not a Cairn project file (if it is an encrypted project whose key slots were lost, open it with its recovery key).`, 'path');
}

/** A seal of another process may be rewriting the trailer this instant: look again a few times. */
const ENVELOPE_READS = 5;
const ENVELOPE_RETRY_MS = 40;

/**
 * The project key of an encrypted file, from a member's password. With the member's `email` only the slot
 * whose member tag matches is tried (one scrypt, whose digest then also signs them in: key-slots.ts);
 * without it (or in an envelope written before tags) every slot is tried, one scrypt each.
 */
export function unlockWithPassword(path: string, password: string, email?: string): UnwrappedSlot {
  for (let attempt = 1; ; attempt += 1) {
    const slots = readEnvelope(path);
    if (slots) {
      for (const slot of slots) {
        if (email !== undefined && !mayBelongTo(slot, email)) continue;
        const unwrapped = unwrapWithPassword(slot, password);
        if (unwrapped) return unwrapped;
      }
      break;
    }
    if (attempt >= ENVELOPE_READS) break;
    // Synchronous like the rest of the core's file work; a handful of short waits at most.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ENVELOPE_RETRY_MS);
  }
  throw new CairnError('wrong_password', WRONG_KEY_MESSAGE, 'password');
}

/** Groups of four characters, so a key printed on paper can be typed back. */
const RECOVERY_GROUP = 4;
/** RFC 4648 base32: no 0/1/8/9, so O, I and B are never misread. */
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** The recovery key shown once at creation: the project key itself, in base32 groups. */
export function formatRecoveryKey(key: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of key) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out.match(new RegExp(`.{1,${RECOVERY_GROUP}}`, 'g'))?.join('-') ?? out;
}

/** The project key a typed recovery key stands for (case, spaces and dashes ignored), or a clear refusal. */
export function parseRecoveryKey(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s-]/g, '');
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const char of clean) {
    const digit = BASE32.indexOf(char);
    if (digit < 0) throw new CairnError('invalid_input', `A recovery key holds only letters A–Z and digits 2–7; "${char}" is not one.`, 'recoveryKey');
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  if (bytes.length !== PROJECT_KEY_BYTES) throw new CairnError('invalid_input', `A recovery key is ${Math.ceil((PROJECT_KEY_BYTES * 8) / 5)} characters long.`, 'recoveryKey');
  return Buffer.from(bytes);
}
