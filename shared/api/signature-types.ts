/** An e-signature on a record that is not a controlled document (a review, a test run, a change, a release). */
export interface RecordSignature {
  id: number;
  entityType: string;
  entityId: number;
  /** What the signature means, in words a reader of the record understands ("approved", "executed"). */
  meaning: string;
  signerId: number;
  signerName: string;
  signerRole: string;
  signedAt: string;
  /** SHA-256 of the record's canonical content when signed. */
  contentHash: string;
  /** False once the record has changed since it was signed: the signature no longer covers what is shown. */
  current: boolean;
}
