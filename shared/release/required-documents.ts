import type { DocumentType } from '../api/documents-types';
import type { SafetyClass } from '../regulatory/safety-class';

/**
 * The controlled documents a release waits for, by class (after the minimum document set per class in
 * IEC 62304 Annex A and common notified-body practice). 5.8.6 asks that planned activities are complete;
 * an activity's output document still in draft is the clearest sign one is not. The test plan and report
 * and the release's own documents are not listed: they are written as part of releasing.
 */
const BY_CLASS: Record<SafetyClass, DocumentType[]> = {
  A: ['safety-classification', 'sdp', 'srs', 'soup-list'],
  B: ['safety-classification', 'sdp', 'srs', 'soup-list', 'sad', 'trace-matrix', 'risk-analysis'],
  C: ['safety-classification', 'sdp', 'srs', 'soup-list', 'sad', 'detailed-design', 'trace-matrix', 'risk-analysis'],
};

export function requiredDocuments(safetyClass: SafetyClass): readonly DocumentType[] {
  return BY_CLASS[safetyClass];
}
