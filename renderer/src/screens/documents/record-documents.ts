import type { InputOf } from '../../../../shared/api/contract';

/** Document types created from the records alone: one per project, no parameters to choose (a release's documents start on the Releases screen, a version's test report on the Tests screen). */
export type RecordDocumentType = Exclude<InputOf<'documents.create'>['type'], 'audit-extract' | 'test-report' | 'known-anomalies' | 'release-record'>;

export interface RecordDocumentKind {
  type: RecordDocumentType;
  label: string;
  description: string;
}

/** What the New document dialog offers besides the audit extract; each area adds its document here. */
export const RECORD_DOCUMENTS: readonly RecordDocumentKind[] = [
  { type: 'project-summary', label: 'Project summary', description: 'Product, manufacturer, team and the documents under control.' },
  {
    type: 'safety-classification',
    label: 'Software safety classification',
    description: 'The IEC 62304 class of each software system, the answers behind it and the items’ classes.',
  },
  { type: 'compliance-plan', label: 'IEC 62304 compliance plan', description: 'Every clause the class requires, its status and where it is recorded.' },
  {
    type: 'sdp',
    label: 'Software development plan',
    description: 'The development plan’s sections for the project’s class, with any required section still missing shown as a gap.',
  },
  {
    type: 'srs',
    label: 'Software requirements specification',
    description: 'Every requirement by software system and item, the risk controls among them and the latest requirements review.',
  },
  {
    type: 'soup-list',
    label: 'SOUP list',
    description: 'Each third-party component with its version, supplier, licence, purpose, requirements, anomaly review and the items that use it.',
  },
  {
    type: 'sad',
    label: 'Software architecture description',
    description: 'Systems, items and units with their classes, the architecture diagram, interfaces, segregation and the latest architecture review.',
  },
  { type: 'detailed-design', label: 'Software detailed design', description: 'Each unit’s design and interfaces (required for class C) and the latest detailed design review.' },
  {
    type: 'risk-plan',
    label: 'Risk management plan',
    description: 'Scope, responsibilities, the severity and probability scales, the acceptability matrix and the criteria (ISO 14971 4.4).',
  },
  {
    type: 'risk-analysis',
    label: 'Risk analysis',
    description: 'Every chain from hazard to harm with its software causes, risk before and after control and the requirements of each control, as one wide table.',
  },
  {
    type: 'risk-report',
    label: 'Risk management report',
    description: 'Risks per level before and after control, both matrices, unacceptable risks with benefit-risk, the overall residual risk and whether the plan was carried out.',
  },
  {
    type: 'verification-records',
    label: 'Verification records',
    description: 'Each review with its checklist answers, findings, result and signature, unit verifications with their checks.',
  },
  {
    type: 'test-plan',
    label: 'Software system test plan',
    description: 'Every test case in force with what it verifies, its steps, expected results and pass criteria; no results (5.7.1).',
  },
  {
    type: 'problem-log',
    label: 'Problem report log',
    description: 'Every problem report with its safety evaluation, decision, fix verification and status; the monthly trend; the known anomalies evaluated for release.',
  },
  {
    type: 'change-log',
    label: 'Change request log',
    description: 'Every change request with what it starts from, its frozen impact analysis, safety analysis, EU and US significance outcomes and approvals.',
  },
  {
    type: 'training-record',
    label: 'Training record',
    description: 'Who was trained on which approved procedure version, confirmed by e-signature, and whose training is still outstanding.',
  },
  { type: 'capa-log', label: 'CAPA log', description: 'Every corrective and preventive action with its source, root cause, actions, effectiveness check and state.' },
  { type: 'audit-reports', label: 'Internal audit reports', description: 'Each internal audit with its scope, auditor, date, findings and conclusion.' },
  {
    type: 'management-reviews',
    label: 'Management review minutes',
    description: 'Each management review with attendees, inputs, decisions and actions, and the next review date.',
  },
  {
    type: 'supplier-list',
    label: 'Approved supplier list',
    description: 'The approved suppliers with what they supply, criticality and evaluation; suppliers not approved listed apart.',
  },
  {
    type: 'trace-matrix',
    label: 'Traceability matrix',
    description: 'Each requirement with its software items, risk controls and verification; SOUP with its items; the open gaps.',
  },
];
