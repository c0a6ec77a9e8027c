import type { KnownAnomaly } from '../../../../shared/api/releases-types';
import type { DocumentContent } from '../../../../shared/documents/content';
import { recordRef } from '../canonical';

export interface KnownAnomaliesInput {
  docKey: string;
  productName: string;
  version: string;
  released: boolean;
  anomalies: KnownAnomaly[];
}

const COLUMNS = [
  { header: 'ID', width: 7 },
  { header: 'Title', width: 16 },
  { header: 'Criticality', width: 8 },
  { header: 'Safety evaluation (5.8.3)', width: 24 },
  { header: 'User mitigation', width: 18 },
  { header: 'Justification for release', width: 20 },
];

const or = (text: string) => text.trim() || '—';

function safety(a: KnownAnomaly): string {
  const verdict = a.affectsSafety === null ? 'Not evaluated against the risk file.' : a.affectsSafety ? 'Affects safety.' : 'Does not affect safety.';
  return a.evaluation.trim() ? `${verdict}\n${a.evaluation}` : verdict;
}

const justification = (a: KnownAnomaly) => `Decision: ${a.decision}.${a.justification.trim() ? `\n${a.justification}` : ''}`;

/** The list of known residual anomalies a version is released with (IEC 62304 5.8.2, 5.8.3). */
export function buildKnownAnomalies(input: KnownAnomaliesInput): DocumentContent {
  return {
    docKey: input.docKey,
    title: `Known anomalies, ${input.productName} ${input.version}`,
    orientation: 'landscape',
    purpose: `The problems still open when ${input.productName} ${input.version} ${input.released ? 'was' : 'is'} released, each with its criticality, its evaluation against the risk file, what users can do about it, and why releasing with it is acceptable.`,
    sections: [
      {
        heading: 'Known residual anomalies',
        blocks: [
          {
            kind: 'paragraph',
            text: input.released
              ? `As recorded when version ${input.version} was released.`
              : `Version ${input.version} is not released yet: this list follows the open problem reports until it is.`,
          },
          {
            kind: 'table',
            columns: COLUMNS,
            rows: input.anomalies.map((a) => [a.humanId, a.title, a.criticality, safety(a), or(a.mitigation), justification(a)]),
            emptyText: 'No open problem reports: the version has no known residual anomalies.',
          },
        ],
      },
    ],
    records: input.anomalies.map((a) => recordRef(`problem:${a.humanId}`, 'problem_report', `${a.humanId} ${a.title}`, a)),
  };
}
