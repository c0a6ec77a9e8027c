import type { DocumentType } from '../api/document-types';

/** What each kind of controlled document is called: one table for the registry, checklists and messages. */
export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  'project-summary': 'Project summary',
  'audit-extract': 'Audit trail extract',
  'safety-classification': 'Software safety classification',
  'compliance-plan': 'IEC 62304 compliance plan',
  sdp: 'Software development plan',
  srs: 'Software requirements specification',
  'soup-list': 'SOUP list',
  'trace-matrix': 'Traceability matrix',
  sad: 'Software architecture description',
  'detailed-design': 'Software detailed design',
  'qms-manual': 'Quality manual',
  sop: 'Standard operating procedure',
  'risk-plan': 'Risk management plan',
  'risk-analysis': 'Risk analysis',
  'risk-report': 'Risk management report',
  'test-plan': 'Software system test plan',
  'test-report': 'Software test report',
  'known-anomalies': 'Known anomalies list',
  'release-record': 'Release record',
  'verification-records': 'Verification records',
  'problem-log': 'Problem report log',
  'change-log': 'Change request log',
};
