import { createHash, verify, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { der, OID } from './asn1';

export interface CmsCheck {
  /** The message-digest attribute equals the SHA-256 of the signed bytes. */
  digestMatches: boolean;
  /** The signature over the signed attributes verifies with the signer's public key. */
  signatureValid: boolean;
  /** The signing-certificate-v2 attribute's digest equals the SHA-256 of the embedded signer certificate. */
  certificateBound: boolean;
  signer: X509Certificate | null;
  certificates: X509Certificate[];
  problems: string[];
}

const children = (node: forge.asn1.Asn1 | undefined): forge.asn1.Asn1[] => (Array.isArray(node?.value) ? node.value : []);
const bytesOf = (node: forge.asn1.Asn1 | undefined): Buffer => Buffer.from(typeof node?.value === 'string' ? node.value : '', 'binary');
const oidOf = (node: forge.asn1.Asn1 | undefined): string => (typeof node?.value === 'string' ? forge.asn1.derToOid(node.value) : '');

function attributeValue(attrs: forge.asn1.Asn1[], oid: string): forge.asn1.Asn1 | undefined {
  const attr = attrs.find((a) => oidOf(children(a)[0]) === oid);
  return children(children(attr)[1])[0];
}

/** The DER element at the start of `bytes`, without the zero padding that fills the rest of /Contents. */
function firstElement(bytes: Buffer): Buffer {
  const first = bytes[1] ?? 0;
  if (first < 0x80) return bytes.subarray(0, 2 + first);
  const count = first & 0x7f;
  const length = bytes.subarray(2, 2 + count).reduce((n, b) => n * 256 + b, 0);
  return bytes.subarray(0, 2 + count + length);
}

/**
 * ESS signing-certificate-v2 (RFC 5035): the first ESSCertIDv2's hash must be the SHA-256 of the very
 * certificate embedded as signer; otherwise the certificate (and the name it shows) was swapped or edited.
 */
function signingCertificateMatches(value: forge.asn1.Asn1 | undefined, signer: X509Certificate, problems: string[]): boolean {
  if (!value) {
    problems.push('The signing-certificate-v2 attribute (PAdES B-B) is missing.');
    return false;
  }
  const first = children(children(value)[0])[0];
  const fields = children(first);
  const algorithm = fields[0]?.type === forge.asn1.Type.SEQUENCE ? oidOf(children(fields[0])[0]) : OID.sha256;
  const certHash = bytesOf(fields.find((f) => f.type === forge.asn1.Type.OCTETSTRING));
  const matches = algorithm === OID.sha256 && certHash.equals(createHash('sha256').update(signer.raw).digest());
  if (!matches) problems.push("The signing-certificate-v2 digest does not match the embedded signer's certificate (the certificate was swapped or edited).");
  return matches;
}

/** Checks a detached CMS SignedData (as PAdES embeds it) against the bytes it claims to cover. */
export function checkCms(cms: Buffer, signedBytes: Buffer): CmsCheck {
  const problems: string[] = [];
  let root: forge.asn1.Asn1;
  try {
    root = der.fromBuffer(firstElement(cms));
  } catch (error) {
    return {
      digestMatches: false,
      signatureValid: false,
      certificateBound: false,
      signer: null,
      certificates: [],
      problems: [`The signature is not readable CMS: ${(error as Error).message}`],
    };
  }
  if (oidOf(children(root)[0]) !== OID.signedData) problems.push('The signature is not a CMS SignedData.');
  const signedData = children(children(root)[1])[0];
  const parts = children(signedData);
  const certNode = parts.find((p) => p.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && p.type === 0);
  const certificates = children(certNode).map((c) => new X509Certificate(der.toBuffer(c)));
  const signerInfo = children(parts.at(-1))[0];
  const fields = children(signerInfo);
  const signedAttrs = fields.find((f) => f.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && f.type === 0);
  const signature = bytesOf(fields.at(-1));
  const serial = bytesOf(children(fields[1])[1]).toString('hex').replace(/^0+/, '').toUpperCase();
  const signer = certificates.find((c) => c.serialNumber.replace(/^0+/, '').toUpperCase() === serial) ?? null;
  if (!signer) problems.push("The signer's certificate is not embedded in the signature.");
  const attrs = children(signedAttrs);
  const digest = bytesOf(attributeValue(attrs, OID.messageDigest));
  const digestMatches = digest.length > 0 && digest.equals(createHash('sha256').update(signedBytes).digest());
  if (!digestMatches) problems.push('The signed bytes have changed since signing (digest mismatch).');
  let signatureValid = false;
  if (signer && signedAttrs) {
    // Signed attributes are signed as a SET OF, though stored under the [0] IMPLICIT tag.
    const asSet = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attrs);
    signatureValid = verify('sha256', der.toBuffer(asSet), signer.publicKey, signature);
    if (!signatureValid) problems.push("The signature does not verify with the signer's public key.");
  }
  const certificateBound = signer ? signingCertificateMatches(attributeValue(attrs, OID.signingCertificateV2), signer, problems) : false;
  return { digestMatches, signatureValid, certificateBound, signer, certificates, problems };
}
