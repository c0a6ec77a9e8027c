import { createCipheriv, createDecipheriv, createPrivateKey, randomBytes, scryptSync, type KeyObject } from 'node:crypto';
import { CairnError } from '../errors';
import { acceptedScryptCosts, scryptCost, scryptMaxmem } from '../kdf-cost';

/**
 * How a private key is kept in the project file: PKCS#8 DER sealed with AES-256-GCM under a key derived by
 * scrypt from the owner's password, at the password hash's own cost, so the stored key is no cheaper to
 * attack than the password hash beside it (OpenSSL's default PEM encryption uses PBKDF2 × 2048).
 * `cairn-key-v1$N$r$p$salt$iv$tag$ciphertext`, each binary part in base64.
 */
const FORMAT = 'cairn-key-v1';
const LEGACY_PEM = '-----BEGIN ENCRYPTED PRIVATE KEY-----';

/** The password hash's r and p; N is the cost kdf-cost.ts decides (lowered only by the test harness). */
const SCRYPT = { r: 8, p: 1 } as const;

function wrappingKey(password: string, salt: Buffer, N: number): Buffer {
  return scryptSync(password.normalize('NFC'), salt, 32, { N, r: SCRYPT.r, p: SCRYPT.p, maxmem: scryptMaxmem({ N, r: SCRYPT.r }) });
}

export function sealKey(key: KeyObject, password: string): string {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const { N } = scryptCost();
  const cipher = createCipheriv('aes-256-gcm', wrappingKey(password, salt, N), iv);
  const sealed = Buffer.concat([cipher.update(key.export({ type: 'pkcs8', format: 'der' })), cipher.final()]);
  return [FORMAT, N, SCRYPT.r, SCRYPT.p, salt, iv, cipher.getAuthTag(), sealed].map((part) => (Buffer.isBuffer(part) ? part.toString('base64') : String(part))).join('$');
}

/** Keys stored before the scrypt format; still opened, and re-sealed when their owner next changes password. */
export const isLegacySealedKey = (stored: string): boolean => stored.startsWith(LEGACY_PEM);

const wrongPassword = () => new CairnError('wrong_password', 'The password does not unlock this signing key.', 'password');

export function openSealedKey(stored: string, password: string): KeyObject {
  if (isLegacySealedKey(stored)) {
    try {
      return createPrivateKey({ key: stored, format: 'pem', passphrase: password.normalize('NFC') });
    } catch {
      throw wrongPassword();
    }
  }
  const parts = stored.split('$');
  const N = Number(parts[1]);
  if (parts.length !== 8 || parts[0] !== FORMAT || !acceptedScryptCosts().some((c) => c.N === N) || Number(parts[2]) !== SCRYPT.r || Number(parts[3]) !== SCRYPT.p) {
    throw new CairnError('integrity_failed', 'The stored signing key is not in a format Cairn writes; the project file may have been edited.', 'password');
  }
  const [salt, iv, tag, sealed] = parts.slice(4).map((part) => Buffer.from(part, 'base64')) as [Buffer, Buffer, Buffer, Buffer];
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey(password, salt, N), iv);
    decipher.setAuthTag(tag);
    return createPrivateKey({ key: Buffer.concat([decipher.update(sealed), decipher.final()]), format: 'der', type: 'pkcs8' });
  } catch {
    throw wrongPassword();
  }
}
