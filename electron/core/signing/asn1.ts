import forge from 'node-forge';

const { asn1 } = forge;

/** Small constructors over node-forge's ASN.1 model, so the CMS code reads like its ASN.1 definition. */
export const der = {
  seq: (items: forge.asn1.Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, items),
  set: (items: forge.asn1.Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, items),
  oid: (oid: string) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(oid).getBytes()),
  int: (value: number) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(value).getBytes()),
  /** An INTEGER from its big-endian bytes, as serial numbers are stored. */
  intBytes: (bytes: string) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, bytes),
  octets: (bytes: Buffer) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, bytes.toString('binary')),
  nil: () => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, ''),
  /** [n] EXPLICIT or IMPLICIT constructed context tag. */
  tagged: (n: number, items: forge.asn1.Asn1[]) => asn1.create(asn1.Class.CONTEXT_SPECIFIC, n, true, items),
  toBuffer: (node: forge.asn1.Asn1) => Buffer.from(asn1.toDer(node).getBytes(), 'binary'),
  fromBuffer: (bytes: Buffer) => asn1.fromDer(forge.util.createBuffer(bytes.toString('binary'))),
};

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
} as const;
