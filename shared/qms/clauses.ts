/**
 * The ISO 13485:2016 clauses Cairn tracks, at the depth where the standard asks for documented
 * procedures or records. The titles are the standard's own clause headings; the rest is Cairn's.
 */
export interface IsoClause {
  clause: string;
  title: string;
}

export const ISO_13485_CLAUSES: readonly IsoClause[] = [
  { clause: '4.1', title: 'Quality management system: general requirements' },
  { clause: '4.1.6', title: 'Validation of computer software used in the quality management system' },
  { clause: '4.2.1', title: 'Documentation requirements: general' },
  { clause: '4.2.2', title: 'Quality manual' },
  { clause: '4.2.3', title: 'Medical device file' },
  { clause: '4.2.4', title: 'Control of documents' },
  { clause: '4.2.5', title: 'Control of records' },
  { clause: '5.1', title: 'Management commitment' },
  { clause: '5.2', title: 'Customer focus' },
  { clause: '5.3', title: 'Quality policy' },
  { clause: '5.4.1', title: 'Quality objectives' },
  { clause: '5.4.2', title: 'Quality management system planning' },
  { clause: '5.5.1', title: 'Responsibility and authority' },
  { clause: '5.5.2', title: 'Management representative' },
  { clause: '5.5.3', title: 'Internal communication' },
  { clause: '5.6.1', title: 'Management review: general' },
  { clause: '5.6.2', title: 'Review input' },
  { clause: '5.6.3', title: 'Review output' },
  { clause: '6.1', title: 'Provision of resources' },
  { clause: '6.2', title: 'Human resources' },
  { clause: '6.3', title: 'Infrastructure' },
  { clause: '6.4.1', title: 'Work environment' },
  { clause: '6.4.2', title: 'Contamination control' },
  { clause: '7.1', title: 'Planning of product realization' },
  { clause: '7.2.1', title: 'Determination of requirements related to product' },
  { clause: '7.2.2', title: 'Review of requirements related to product' },
  { clause: '7.2.3', title: 'Communication' },
  { clause: '7.3.1', title: 'Design and development: general' },
  { clause: '7.3.2', title: 'Design and development planning' },
  { clause: '7.3.3', title: 'Design and development inputs' },
  { clause: '7.3.4', title: 'Design and development outputs' },
  { clause: '7.3.5', title: 'Design and development review' },
  { clause: '7.3.6', title: 'Design and development verification' },
  { clause: '7.3.7', title: 'Design and development validation' },
  { clause: '7.3.8', title: 'Design and development transfer' },
  { clause: '7.3.9', title: 'Control of design and development changes' },
  { clause: '7.3.10', title: 'Design and development files' },
  { clause: '7.4.1', title: 'Purchasing process' },
  { clause: '7.4.2', title: 'Purchasing information' },
  { clause: '7.4.3', title: 'Verification of purchased product' },
  { clause: '7.5.1', title: 'Control of production and service provision' },
  { clause: '7.5.2', title: 'Cleanliness of product' },
  { clause: '7.5.3', title: 'Installation activities' },
  { clause: '7.5.4', title: 'Servicing activities' },
  { clause: '7.5.5', title: 'Particular requirements for sterile medical devices' },
  { clause: '7.5.6', title: 'Validation of processes for production and service provision' },
  { clause: '7.5.7', title: 'Validation of processes for sterilization and sterile barrier systems' },
  { clause: '7.5.8', title: 'Identification' },
  { clause: '7.5.9', title: 'Traceability' },
  { clause: '7.5.10', title: 'Customer property' },
  { clause: '7.5.11', title: 'Preservation of product' },
  { clause: '7.6', title: 'Control of monitoring and measuring equipment' },
  { clause: '8.1', title: 'Measurement, analysis and improvement: general' },
  { clause: '8.2.1', title: 'Feedback' },
  { clause: '8.2.2', title: 'Complaint handling' },
  { clause: '8.2.3', title: 'Reporting to regulatory authorities' },
  { clause: '8.2.4', title: 'Internal audit' },
  { clause: '8.2.5', title: 'Monitoring and measurement of processes' },
  { clause: '8.2.6', title: 'Monitoring and measurement of product' },
  { clause: '8.3', title: 'Control of nonconforming product' },
  { clause: '8.4', title: 'Analysis of data' },
  { clause: '8.5.1', title: 'Improvement: general' },
  { clause: '8.5.2', title: 'Corrective action' },
  { clause: '8.5.3', title: 'Preventive action' },
];

export const CLAUSE_IDS: readonly string[] = ISO_13485_CLAUSES.map((c) => c.clause);

export function isClause(id: string): boolean {
  return CLAUSE_IDS.includes(id);
}

export function clauseTitle(id: string): string {
  return ISO_13485_CLAUSES.find((c) => c.clause === id)?.title ?? id;
}

/** Orders clause numbers as a reader expects: 7.3.9 before 7.3.10. */
export function compareClauses(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
