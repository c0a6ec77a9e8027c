import type { RecordFields } from '../../../shared/qms/records';

/**
 * Cairn's own entry in the QMS software tool list (4.1.6): it holds controlled documents, records,
 * e-signatures and the audit trail, so its use is high risk. The evidence names what the customer can
 * check themselves in every project as well as the supplier's release testing.
 */
export function cairnToolFields(appVersion: string): RecordFields {
  return {
    name: 'Cairn',
    version: appVersion,
    use: 'Document and record control: controlled documents with review, approval and electronic signatures (21 CFR 11), the audit trail, the technical file and the QMS records.',
    risk: 'high',
    status: 'planned',
    evidence:
      `Supplier testing: the automated unit, integration and end-to-end test report of Cairn ${appVersion}. ` +
      'In this project: the audit trail hash-chain check (Audit trail screen or `cairn verify`) and the signature check of each exported PDF (`cairn verify-pdf`). ' +
      'Still to do by the company: a validation report for its intended use, approved before relying on Cairn.',
  };
}
