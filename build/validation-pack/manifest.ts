import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { cadesDetached } from '../../electron/core/signing/cms';
import { generateUserKey, unlockKey } from '../../electron/core/signing/user-keys';

export const MANIFEST = 'manifest.json';
export const MANIFEST_SIGNATURE = 'manifest.json.p7s';
export const MANIFEST_SIGNER = 'manifest-signer.pem';

/** What the manifest says of the pack besides its files. */
export type PackFacts = Record<string, unknown>;

/** Every file of the pack folder with its SHA-256 and size, sorted by name. */
function hashFiles(dir: string): { name: string; sha256: string; bytes: number }[] {
  return readdirSync(dir)
    .filter((name) => ![MANIFEST, MANIFEST_SIGNATURE, MANIFEST_SIGNER].includes(name))
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      return { name, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: statSync(join(dir, name)).size };
    });
}

/**
 * Writes the manifest of hashes and signs it: a detached CMS signature (manifest.json.p7s) by a key
 * made for this pack, whose certificate lies beside it, so `openssl cms -verify` or any CMS tool checks
 * that no file of the pack changed. The private key is never stored.
 */
export function signManifest(dir: string, facts: PackFacts, signer: { name: string; email: string }, now: Date): { certificateSha256: string } {
  const passphrase = randomBytes(18).toString('base64url');
  const key = generateUserKey({ name: signer.name, email: signer.email, organisation: 'The Cairn project' }, passphrase, now);
  const manifest = `${JSON.stringify({ format: 'cairn-validation-pack/1', ...facts, signer: { ...signer, certificateSha256: key.fingerprint }, files: hashFiles(dir) }, null, 2)}\n`;
  writeFileSync(join(dir, MANIFEST), manifest);
  writeFileSync(join(dir, MANIFEST_SIGNATURE), cadesDetached(Buffer.from(manifest), unlockKey(key, passphrase), key.certificatePem));
  writeFileSync(join(dir, MANIFEST_SIGNER), key.certificatePem);
  return { certificateSha256: key.fingerprint };
}

/** The pack folder as one zip under its own name: the file a user downloads beside the installer. */
export function zipPack(dir: string, folderName: string, zipPath: string): void {
  const entries = Object.fromEntries(readdirSync(dir).map((name) => [`${folderName}/${name}`, new Uint8Array(readFileSync(join(dir, name)))]));
  writeFileSync(zipPath, zipSync(entries, { level: 6 }));
}
