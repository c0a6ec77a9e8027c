import type { RecordSignature } from '../../../../shared/api/signature-types';

/** A signature's manifestation (21 CFR 11.50): printed name, role, meaning and time, and whether it still covers the record. */
export function SignatureLine({ signature }: { signature: RecordSignature }) {
  return (
    <p className="signature-line">
      {signature.signerName} ({signature.signerRole}), {signature.meaning}, {signature.signedAt.replace('T', ' ').slice(0, 19)} UTC{' '}
      {signature.current ? <span className="badge badge-success">valid</span> : <span className="badge badge-danger">record changed since signing</span>}
    </p>
  );
}
