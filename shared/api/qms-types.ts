import type { DocumentState } from '../documents/control';
import type { CompanyProfile } from '../qms/company';
import type { ClauseCoverage, CoverageSummary } from '../qms/coverage';
import type { RecordFields, RecordKind } from '../qms/records';
import type { ScopeAnswers, ScopeStatus } from '../qms/scope';
import type { TrainingDue } from '../qms/training';

export interface QmsCompanyView extends CompanyProfile {
  updatedAt: string | null;
  /** Fields an auditor expects to see filled. */
  missing: string[];
}

export interface QmsScopeDecisionView {
  clause: string;
  title: string;
  status: ScopeStatus;
  justification: string;
  updatedAt: string;
  updatedBy: string;
}

/** A procedure's controlled document as it stands: newest version and the approved one, if any. */
export interface QmsDocumentState {
  documentId: number;
  version: number;
  state: DocumentState;
  approvedVersion: number | null;
  /** The approved version no longer matches the procedure's text and facts. */
  changedSinceApproved: boolean;
}

export interface QmsProcedureSummary {
  key: string;
  kind: 'manual' | 'sop';
  title: string;
  clauses: string[];
  /** The company's scope calls for the procedure. */
  needed: boolean;
  editedSections: number;
  sectionCount: number;
  document: QmsDocumentState | null;
}

export interface QmsOverview {
  company: QmsCompanyView;
  /** Null until the scope wizard has been answered. */
  scopeAnswers: ScopeAnswers | null;
  scope: QmsScopeDecisionView[];
  procedures: QmsProcedureSummary[];
  coverage: { clauses: ClauseCoverage[]; summary: CoverageSummary };
  /** People still to be trained on the approved version of a procedure. */
  trainingDue: TrainingDue[];
}

export interface QmsSectionView {
  id: string;
  heading: string;
  clauses: string[];
  text: string;
  /** Cairn's draft from today's facts, or the team's own words. */
  state: 'draft' | 'edited';
  /** What "reset" brings back. */
  draft: string;
  revision: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface QmsProcedureDetail extends QmsProcedureSummary {
  purpose: string;
  sections: QmsSectionView[];
}

export interface QmsRecordView {
  id: number;
  kind: RecordKind;
  humanId: string;
  fields: RecordFields;
  /** Cairn's own entry in the tool list. */
  builtIn: boolean;
  updatedAt: string;
  updatedBy: string;
}

export interface TrainingRecordView {
  id: number;
  traineeId: number;
  traineeName: string;
  docKey: string;
  version: number;
  trainedOn: string;
  method: string;
  signedBy: string;
  signedAt: string;
}

export interface QmsTrainingView {
  records: TrainingRecordView[];
  due: TrainingDue[];
  /** Procedures with an approved version, which training records can name. */
  procedures: { key: string; title: string; version: number }[];
}
