import type { DocumentType } from '../api/documents-types';
import type { EuUsScope } from '../regulatory/markets';
import type { SafetyClass } from '../regulatory/safety-class';

/** The three lists a technical file is read against (REFERENCE.md 6.4a and 6.5). */
export type TechnicalFilePart = 'mdr-annex-ii' | 'mdr-annex-iii' | 'fda-software';

export const PART_TITLES: Record<TechnicalFilePart, string> = {
  'mdr-annex-ii': 'EU MDR Annex II: technical documentation',
  'mdr-annex-iii': 'EU MDR Annex III: technical documentation on post-market surveillance',
  'fda-software': 'FDA: documentation of device software functions',
};

/** One thing the technical file must hold, and the Cairn documents that can hold it. */
export interface TechnicalFileElement {
  /** Stable key: outside-Cairn references are kept against it. */
  id: string;
  part: TechnicalFilePart;
  /** Where the list puts it, e.g. "II 3" or "FDA 5". */
  section: string;
  title: string;
  /** Cairn document kinds any approved one of which holds the element; empty when Cairn writes no such document. */
  documents: readonly DocumentType[];
}

/** What the applicable elements follow from, read from the product's records. */
export interface TechnicalFileScope {
  /** The EU and US markets named in the product profile; '' when it names neither. */
  markets: EuUsScope;
  /** The latest FDA documentation level assessed, or null when none is. */
  fdaLevel: 'Basic' | 'Enhanced' | null;
  /** The latest EU MDR class assessed (I, IIa, IIb, III, or not-a-device), or null when none is. */
  mdrClass: string | null;
  /** The product's IEC 62304 class (its most demanding system's). */
  safetyClass: SafetyClass;
}

type Row = [section: string, id: string, title: string, documents: DocumentType[]];

const ANNEX_II: readonly Row[] = [
  ['II 1', 'mdr-ii-description', 'Device description, intended purpose, users and principles of operation', ['project-summary']],
  ['II 1', 'mdr-ii-classification', 'Risk class and the classification rule applied (Annex VIII)', []],
  ['II 1', 'mdr-ii-generations', 'Previous and similar generations of the device', []],
  ['II 2', 'mdr-ii-labelling', 'Labels and instructions for use', []],
  ['II 3', 'mdr-ii-sdp', 'Software development plan (IEC 62304 5.1)', ['sdp']],
  ['II 3', 'mdr-ii-safety-class', 'Software safety classification (IEC 62304 4.3)', ['safety-classification']],
  ['II 3', 'mdr-ii-srs', 'Software requirements specification (IEC 62304 5.2)', ['srs']],
  ['II 3', 'mdr-ii-architecture', 'Software architecture (IEC 62304 5.3)', ['sad']],
  ['II 3', 'mdr-ii-detailed-design', 'Software detailed design (IEC 62304 5.4)', ['detailed-design']],
  ['II 3', 'mdr-ii-soup', 'SOUP list (IEC 62304 8.1.2)', ['soup-list']],
  ['II 3', 'mdr-ii-trace', 'Traceability from requirements to design and verification', ['trace-matrix']],
  ['II 3', 'mdr-ii-changes', 'Design changes (IEC 62304 6.2, 8.2)', ['change-log']],
  ['II 3', 'mdr-ii-release', 'Software release (IEC 62304 5.8)', ['release-record']],
  ['II 3', 'mdr-ii-suppliers', 'Suppliers and subcontractors', ['supplier-list']],
  ['II 4', 'mdr-ii-gspr', 'General safety and performance requirements checklist (Annex I)', []],
  ['II 5', 'mdr-ii-risk-plan', 'Risk management plan (ISO 14971 4.4)', ['risk-plan']],
  ['II 5', 'mdr-ii-risk-analysis', 'Risk analysis, evaluation and control (ISO 14971 5 to 7)', ['risk-analysis']],
  ['II 5', 'mdr-ii-risk-report', 'Benefit-risk analysis and risk management report (ISO 14971 8, 9)', ['risk-report']],
  ['II 6.1', 'mdr-ii-test-plan', 'Software system test plan (IEC 62304 5.7.1)', ['test-plan']],
  ['II 6.1', 'mdr-ii-test-report', 'Software verification and test report (IEC 62304 5.7.5)', ['test-report']],
  ['II 6.1', 'mdr-ii-verification', 'Reviews and unit verification records (IEC 62304 5.5)', ['verification-records']],
  ['II 6.1', 'mdr-ii-anomalies', 'Residual anomalies at release (IEC 62304 5.8.2, 5.8.3)', ['known-anomalies']],
  ['II 6.1', 'mdr-ii-clinical', 'Clinical evaluation plan and report (Article 61, Annex XIV)', []],
];

function annexIII(mdrClass: string | null): Row[] {
  const report: Row =
    mdrClass === 'I'
      ? ['III 1.2', 'mdr-iii-report', 'Post-market surveillance report (Article 85)', []]
      : mdrClass === null
        ? ['III 1.2', 'mdr-iii-report', 'Periodic safety update report (Article 86) or post-market surveillance report (Article 85), as the class requires', []]
        : ['III 1.2', 'mdr-iii-report', 'Periodic safety update report (Article 86)', []];
  return [
    ['III 1.1', 'mdr-iii-pms-plan', 'Post-market surveillance plan (Article 84)', []],
    ['III 1.1', 'mdr-iii-problems', 'Problem reports and their trend (IEC 62304 clause 9)', ['problem-log']],
    report,
  ];
}

function fdaList(level: 'Basic' | 'Enhanced'): Row[] {
  const enhanced = level === 'Enhanced';
  return [
    ['FDA 1', 'fda-level', 'Documentation level evaluation and its rationale', []],
    ['FDA 2', 'fda-description', 'Software description', ['project-summary']],
    ['FDA 3', 'fda-architecture', 'System and software architecture diagram', ['sad']],
    ['FDA 4', 'fda-risk-plan', 'Risk management file: plan', ['risk-plan']],
    ['FDA 4', 'fda-risk-assessment', 'Risk management file: risk assessment', ['risk-analysis']],
    ['FDA 4', 'fda-risk-report', 'Risk management file: report', ['risk-report']],
    ['FDA 5', 'fda-srs', 'Software requirements specification', ['srs']],
    ...(enhanced ? [['FDA 6', 'fda-sds', 'Software design specification', ['detailed-design']] satisfies Row] : []),
    [
      'FDA 7',
      'fda-practices',
      enhanced ? 'Development, configuration management and maintenance plans' : 'Development, configuration management and maintenance practices (summary)',
      ['sdp'],
    ],
    ['FDA 8', 'fda-test-protocol', 'System-level test protocol', ['test-plan']],
    ['FDA 8', 'fda-test-report', 'System-level test report with expected and actual results', ['test-report']],
    ...(enhanced ? [['FDA 8', 'fda-unit-integration', 'Unit and integration test protocols and reports', ['verification-records']] satisfies Row] : []),
    ['FDA 9', 'fda-version-history', 'Software version history', ['release-record']],
    ['FDA 10', 'fda-anomalies', 'Unresolved software anomalies', ['known-anomalies']],
  ];
}

const inEu = (markets: EuUsScope) => markets !== 'us';
const inUs = (markets: EuUsScope) => markets !== 'eu';

/**
 * Every element the product's technical file must hold, in the order the file follows: EU MDR Annex II
 * then Annex III for the EU, then the FDA list for the documentation level for the US. With no market
 * recorded both apply; with no FDA level assessed the Enhanced list (which holds the Basic one) applies.
 * IEC 62304 asks for a detailed design only in class C, so below it Annex II does not list one.
 */
export function technicalFileElements(scope: TechnicalFileScope): TechnicalFileElement[] {
  const of =
    (part: TechnicalFilePart) =>
    ([section, id, title, documents]: Row): TechnicalFileElement => ({ id, part, section, title, documents });
  const annexII = ANNEX_II.filter(([, id]) => id !== 'mdr-ii-detailed-design' || scope.safetyClass === 'C');
  return [
    ...(inEu(scope.markets) ? [...annexII.map(of('mdr-annex-ii')), ...annexIII(scope.mdrClass).map(of('mdr-annex-iii'))] : []),
    ...(inUs(scope.markets) ? fdaList(scope.fdaLevel ?? 'Enhanced').map(of('fda-software')) : []),
  ];
}

/** Whether an element key belongs to some list Cairn knows, whatever the product's scope. */
export function isKnownElement(id: string): boolean {
  const all = technicalFileElements({ markets: '', fdaLevel: 'Enhanced', mdrClass: null, safetyClass: 'C' });
  return all.some((e) => e.id === id);
}
