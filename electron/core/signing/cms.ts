import { createHash, createSign, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { der, OID } from './asn1';

/**
 * The parts of a certificate a CMS signature refers to, taken from its own encoding: re-encoding the
 * issuer name from parsed fields is not byte-exact (forge encodes UTF8String values a second time), and
 * verifiers match the issuer byte for byte.
 */
function certificateParts(certificatePem: string) {
  const cert = forge.pki.certificateFromPem(certificatePem, true);
  const certAsn1 = forge.pki.certificateToAsn1(cert);
  const certDer = der.toBuffer(certAsn1);
  const tbs = (certAsn1.value as forge.asn1.Asn1[])[0];
  const fields = (tbs?.value ?? []) as forge.asn1.Asn1[];
  // TBSCertificate starts with an optional [0] version; serial and issuer follow (signature alg between).
  const offset = fields[0]?.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  const serialNode = fields[offset];
  const issuerName = fields[offset + 2];
  if (!serialNode || !issuerName) throw new Error('The signing certificate is malformed.');
  return { certAsn1, certDer, issuerName, serial: serialNode.value as string };
}

/**
 * ESS signing-certificate-v2 (RFC 5035): binds the signature to the signer's certificate by its SHA-256,
 * which PAdES baseline B-B requires so the certificate cannot be swapped.
 */
function signingCertificateV2(certDer: Buffer, issuerName: forge.asn1.Asn1, serial: string): forge.asn1.Asn1 {
  const certHash = createHash('sha256').update(certDer).digest();
  const issuerSerial = der.seq([der.seq([der.tagged(4, [issuerName])]), der.intBytes(serial)]);
  return der.seq([der.seq([der.seq([der.octets(certHash), issuerSerial])])]);
}

function attribute(type: string, value: forge.asn1.Asn1): forge.asn1.Asn1 {
  return der.seq([der.oid(type), der.set([value])]);
}

/**
 * A detached CMS SignedData over `content` (the PDF's signed byte ranges) for the ETSI.CAdES.detached
 * sub-filter: content-type, message-digest and signing-certificate-v2 as signed attributes, and no
 * signing-time attribute, since PAdES takes the claimed time from the signature dictionary instead.
 */
export function cadesDetached(content: Buffer, key: KeyObject, certificatePem: string, chainPems: string[] = []): Buffer {
  const signer = certificateParts(certificatePem);
  const digest = createHash('sha256').update(content).digest();
  const signedAttrs = [
    attribute(OID.contentType, der.oid(OID.data)),
    attribute(OID.messageDigest, der.octets(digest)),
    attribute(OID.signingCertificateV2, signingCertificateV2(signer.certDer, signer.issuerName, signer.serial)),
  ];
  // The signature covers the DER of the attributes as a SET OF, not as the [0] IMPLICIT field it is stored in.
  const signature = createSign('sha256')
    .update(der.toBuffer(der.set(signedAttrs)))
    .sign(key);
  const sha256 = der.seq([der.oid(OID.sha256), der.nil()]);
  const signerInfo = der.seq([
    der.int(1),
    der.seq([signer.issuerName, der.intBytes(signer.serial)]),
    sha256,
    der.tagged(0, signedAttrs),
    der.seq([der.oid(OID.rsaEncryption), der.nil()]),
    der.octets(signature),
  ]);
  const certificates = [signer.certAsn1, ...chainPems.map((pem) => forge.pki.certificateToAsn1(forge.pki.certificateFromPem(pem)))];
  const signedData = der.seq([der.int(1), der.set([sha256]), der.seq([der.oid(OID.data)]), der.tagged(0, certificates), der.set([signerInfo])]);
  return der.toBuffer(der.seq([der.oid(OID.signedData), der.tagged(0, [signedData])]));
}
