import forge from 'node-forge';

/**
 * A PKCS#12 file as a company CA would issue it, made once per test process so every door imports
 * the very same key and certificate.
 */
function makeCompanyP12(): { p12Base64: string; password: string; certificatePem: string } {
  const keys = forge.pki.rsa.generateKeyPair(2048);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '0c0ffee1';
  cert.validity.notBefore = new Date('2026-01-01T00:00:00Z');
  cert.validity.notAfter = new Date('2031-01-01T00:00:00Z');
  const subject = [
    { name: 'commonName', value: 'Ada Owner' },
    { name: 'organizationName', value: 'Acme Medical' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const password = 'p12-secret';
  const der = forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], password, { algorithm: '3des' })).getBytes();
  return { p12Base64: Buffer.from(der, 'binary').toString('base64'), password, certificatePem: forge.pki.certificateToPem(cert) };
}

export const COMPANY_P12 = makeCompanyP12();
