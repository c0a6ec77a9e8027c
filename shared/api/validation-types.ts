import type { ExportedPdf } from './documents-types';
import type { QmsRecordView } from './qms-types';

/** One IQ check or OQ scenario as the validation screen lists it (the evidence stays in the report's files). */
export interface ValidationStepView {
  id: string;
  title: string;
  result: 'passed' | 'failed';
  detail: string;
}

/** What "Validate Cairn on this computer" gives back once the run has finished and been recorded. */
export interface ValidationRunView {
  version: string;
  /** Every step run passed. */
  passed: boolean;
  /** OQ scenarios left out of a run of a named subset; such a run qualifies nothing. */
  skipped: string[];
  iq: ValidationStepView[];
  oq: ValidationStepView[];
  /** The signed report PDF. */
  report: ExportedPdf;
  /** SHA-256 of the certificate of the key made for the run, which signed the report. */
  certificateFingerprint: string;
  /** Cairn's entry in the QMS tool list, with this run recorded against it. */
  tool: QmsRecordView;
}
