import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { scryptCost } from '../../electron/core/kdf-cost';
import { isLegacySealedKey, openSealedKey, sealKey } from '../../electron/core/signing/key-protection';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const der = (key: ReturnType<typeof openSealedKey>) => key.export({ type: 'pkcs8', format: 'der' });

describe('private keys sealed under the password', () => {
  it('uses scrypt at the password hash cost, not OpenSSL PEM encryption', () => {
    const sealed = sealKey(privateKey, 'correct horse battery');
    // At the password hash's cost (production's is asserted at full strength in kdf-cost.test.ts).
    expect(sealed.startsWith(`cairn-key-v1$${scryptCost().N}$8$1$`)).toBe(true);
    expect(isLegacySealedKey(sealed)).toBe(false);
    expect(der(openSealedKey(sealed, 'correct horse battery')).equals(der(privateKey))).toBe(true);
  });

  it('refuses a wrong password and a tampered seal with a clear error', () => {
    const sealed = sealKey(privateKey, 'correct horse battery');
    expect(() => openSealedKey(sealed, 'wrong')).toThrow(expect.objectContaining({ code: 'wrong_password' }));
    const flipped = sealed.slice(0, -4) + (sealed.at(-4) === 'A' ? 'B' : 'A') + sealed.slice(-3);
    expect(() => openSealedKey(flipped, 'correct horse battery')).toThrow(expect.objectContaining({ code: 'wrong_password' }));
    const cheaper = sealed.replace(`$${scryptCost().N}$`, '$16$');
    expect(() => openSealedKey(cheaper, 'correct horse battery')).toThrow(expect.objectContaining({ code: 'integrity_failed' }));
  });

  it('still opens keys sealed by earlier versions (PKCS#8 PEM with a passphrase)', () => {
    const legacy = privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }) as string;
    expect(isLegacySealedKey(legacy)).toBe(true);
    expect(der(openSealedKey(legacy, 'pw')).equals(der(privateKey))).toBe(true);
  });
});
