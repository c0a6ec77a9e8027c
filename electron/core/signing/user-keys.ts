import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import forge from 'node-forge';
import { CairnError } from '../errors';
import { cheapKdfEnabled } from '../kdf-cost';
import { openSealedKey, sealKey } from './key-protection';

/** A user's signing identity as stored: the certificate in clear, the private key encrypted. */
export interface StoredKey {
  certificatePem: string;
  /** PKCS#8 sealed under a scrypt key derived from the user's password (see key-protection.ts). */
  encryptedKeyPem: string;
  fingerprint: string;
  subject: string;
  notAfter: string;
}

export interface Identity {
  name: string;
  email: string;
  organisation: string;
}

const VALIDITY_YEARS = 5;

/** PKCS#12 bag types (RFC 7292). */
const BAG = {
  shroudedKey: '1.2.840.113549.1.12.10.1.2',
  key: '1.2.840.113549.1.12.10.1.1',
  cert: '1.2.840.113549.1.12.10.1.3',
} as const;

function bagsOf(pfx: forge.pkcs12.Pkcs12Pfx, bagType: string): forge.pkcs12.Bag[] {
  return pfx.getBags({ bagType })[bagType] ?? [];
}

export function fingerprintOf(certificatePem: string): string {
  const cert = forge.pki.certificateFromPem(certificatePem);
  const derBytes = forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
  return createHash('sha256').update(Buffer.from(derBytes, 'binary')).digest('hex');
}

/** forge hands back UTF8String values as their raw UTF-8 bytes. */
function readable(attribute: forge.pki.CertificateField): string {
  const value = String(attribute.value);
  return (attribute.valueTagClass as unknown) === forge.asn1.Type.UTF8 ? forge.util.decodeUtf8(value) : value;
}

function describe(certificatePem: string, encryptedKeyPem: string): StoredKey {
  const cert = forge.pki.certificateFromPem(certificatePem);
  return {
    certificatePem,
    encryptedKeyPem,
    fingerprint: fingerprintOf(certificatePem),
    subject: cert.subject.attributes.map((a) => `${a.shortName ?? a.name}=${readable(a)}`).join(', '),
    notAfter: cert.validity.notAfter.toISOString(),
  };
}

type KeyPair = ReturnType<typeof newKeyPair>;

let testKeyPair: KeyPair | undefined;

const KEY_BITS = 3072;

function newKeyPair() {
  return generateKeyPairSync('rsa', { modulusLength: KEY_BITS });
}

/**
 * Makes key pairs for a parent thread and posts each private key (PKCS#8 DER) as soon as it is made. A worker,
 * not crypto.generateKeyPair: a caller that awaits only settled promises (the sample builder does) never lets
 * the event loop deliver a thread-pool callback, whereas a port can be read synchronously.
 */
const MAKE_AHEAD_WORKER = `
const { workerData } = require('node:worker_threads');
const { generateKeyPairSync } = require('node:crypto');
for (let i = 0; i < workerData.count; i += 1) {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: ${KEY_BITS} });
  workerData.port.postMessage(privateKey.export({ type: 'pkcs8', format: 'der' }));
}`;

/** Where key pairs made ahead arrive (prepareKeyPairs), each taken once. */
let madeAhead: MessagePort | undefined;

/**
 * Starts making `count` key pairs in a worker thread, for a caller that knows that many people will sign for
 * the first time soon (the sample project's team): the prime search then runs on another core while the
 * caller goes on, instead of in the middle of a signature. Neither the worker nor its port keeps the process
 * alive, so pairs never taken cost nothing once the process ends.
 */
export function prepareKeyPairs(count: number): void {
  if (cheapKdfEnabled() || count < 1) return;
  const { port1, port2 } = new MessageChannel();
  madeAhead?.close();
  madeAhead = port1;
  port1.unref();
  new Worker(MAKE_AHEAD_WORKER, { eval: true, workerData: { count, port: port2 }, transferList: [port2] }).unref();
}

/** A key pair made ahead, if one is ready now. */
function takeMadeAhead(): KeyPair | undefined {
  const received = madeAhead && receiveMessageOnPort(madeAhead);
  if (!received) return undefined;
  const privateKey = createPrivateKey({ key: Buffer.from(received.message as Uint8Array), format: 'der', type: 'pkcs8' });
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/**
 * An RSA-3072 prime search costs 0.3–3 s. Every project now gets its owner's key at creation, so under the
 * test harness's cheap switch (never in the app) one key pair per process serves every certificate; each
 * certificate still differs (serial, subject), and so does its fingerprint.
 */
function keyPair(): KeyPair {
  if (!cheapKdfEnabled()) return takeMadeAhead() ?? newKeyPair();
  testKeyPair ??= newKeyPair();
  return testKeyPair;
}

/** forge exports the function its own `cert.sign` uses, but @types/node-forge does not declare it. */
interface ForgeTbs {
  getTBSCertificate(cert: forge.pki.Certificate): forge.asn1.Asn1;
}

/**
 * What forge's `cert.sign(key, sha256)` does, with the RSA operation done by Node's native crypto instead
 * of forge's JavaScript big integers (about 0.1 s per certificate): the same algorithm identifier, the same
 * TBSCertificate bytes and the same RSASSA-PKCS1-v1_5 signature over their SHA-256.
 */
function signNatively(cert: forge.pki.Certificate, privateKey: KeyObject): void {
  const algorithmOid = forge.pki.oids.sha256WithRSAEncryption;
  if (!algorithmOid) throw new Error('node-forge lacks the sha256WithRSAEncryption identifier.');
  cert.signatureOid = algorithmOid;
  cert.siginfo.algorithmOid = algorithmOid;
  cert.tbsCertificate = (forge.pki as unknown as ForgeTbs).getTBSCertificate(cert);
  const tbs = Buffer.from(forge.asn1.toDer(cert.tbsCertificate).getBytes(), 'binary');
  cert.signature = sign('sha256', tbs, privateKey).toString('binary');
}

/**
 * Generates an RSA-3072 key pair and a self-signed X.509 certificate for document signing. The key is
 * made by Node's native crypto (fast); the certificate is assembled with node-forge.
 */
export function generateUserKey(identity: Identity, password: string, now: Date): StoredKey {
  const { privateKey, publicKey } = keyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }) as string);
  // A positive serial: the top bit cleared so DER does not read it as negative.
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  cert.serialNumber = serial.toString('hex');
  cert.validity.notBefore = now;
  cert.validity.notAfter = new Date(now.getTime());
  cert.validity.notAfter.setUTCFullYear(now.getUTCFullYear() + VALIDITY_YEARS);
  // Tagged as UTF8String (forge then encodes the value) so accents survive. @types/node-forge types
  // valueTagClass as an ASN.1 class, but forge reads it as the value's tag type.
  const utf8 = (value: string) => ({
    value,
    valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class,
  });
  const subject = [
    { name: 'commonName', ...utf8(identity.name) },
    { name: 'organizationName', ...utf8(identity.organisation) },
    { name: 'emailAddress', value: identity.email },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([{ name: 'basicConstraints', cA: false }, { name: 'keyUsage', digitalSignature: true, nonRepudiation: true }, { name: 'subjectKeyIdentifier' }]);
  signNatively(cert, privateKey);
  return describe(forge.pki.certificateToPem(cert), sealKey(privateKey, password));
}

/** Decrypts a stored private key; a wrong password is the person's error, not ours. */
export function unlockKey(stored: Pick<StoredKey, 'encryptedKeyPem'>, password: string): KeyObject {
  return openSealedKey(stored.encryptedKeyPem, password);
}

/** Re-encrypts the private key when its owner changes their password. */
export function reencryptKey(stored: StoredKey, oldPassword: string, newPassword: string): StoredKey {
  return { ...stored, encryptedKeyPem: sealKey(unlockKey(stored, oldPassword), newPassword) };
}

/**
 * Reads a PKCS#12 file from the company's CA: the first certificate whose public key matches the first
 * private key. The key is re-encrypted under the user's Cairn password, as a generated one would be.
 */
export function importPkcs12(p12: Buffer, p12Password: string, cairnPassword: string): StoredKey {
  let parsed: forge.pkcs12.Pkcs12Pfx;
  try {
    parsed = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString('binary')), p12Password);
  } catch (error) {
    throw new CairnError('invalid_input', `The PKCS#12 file could not be opened: ${(error as Error).message}. Check its password.`, 'p12');
  }
  const key = [...bagsOf(parsed, BAG.shroudedKey), ...bagsOf(parsed, BAG.key)].find((bag) => bag.key)?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new CairnError('invalid_input', 'The PKCS#12 file holds no RSA private key (only RSA keys are supported).', 'p12');
  const certs = bagsOf(parsed, BAG.cert).flatMap((bag) => (bag.cert ? [bag.cert] : []));
  const modulus = key.n.toString(16);
  const cert = certs.find((c) => (c.publicKey as forge.pki.rsa.PublicKey).n?.toString(16) === modulus);
  if (!cert) throw new CairnError('invalid_input', 'The PKCS#12 file holds no certificate for its private key.', 'p12');
  const nodeKey = createPrivateKey(forge.pki.privateKeyToPem(key));
  return describe(forge.pki.certificateToPem(cert), sealKey(nodeKey, cairnPassword));
}
