import type { ProblemView } from '../../../../shared/api/problems-types';
import { PROBLEM_SOURCE_LABELS } from '../../../../shared/api/problems-types';
import type { DocumentContent } from '../../../../shared/documents/content';
import { problemTrend } from '../../../../shared/changes/problem-trend';
import { recordRef } from '../canonical';
import type { DocumentTypeDef } from '../document-type-def';
import { problemView } from '../../problems/problem-view';
import { DOCUMENT_TYPE_LABELS } from '../../../../shared/documents/type-labels';

export const PROBLEM_LOG_KEY = 'PROBLEM-LOG';

const or = (text: string) => text.trim() || '—';
const safety = (p: ProblemView) =>
  p.affectsSafety === null
    ? 'Not evaluated'
    : `${p.affectsSafety ? 'Affects safety' : 'No effect on safety'}${p.risks.length ? ` (${p.risks.map((r) => r.humanId).join(', ')})` : ''}\n${or(p.safetyEvaluation)}`;

function row(p: ProblemView): string[] {
  return [
    p.humanId,
    `${p.title}\n${PROBLEM_SOURCE_LABELS[p.source]}, ${p.reportedAt.slice(0, 10)}, ${p.reportedByName}${p.foundInVersion ? `\nVersion ${p.foundInVersion}` : ''}`,
    `${p.type}\n${p.criticality}`,
    safety(p),
    `${or(p.investigation)}${p.rootCause ? `\nCause: ${p.rootCause}` : ''}`,
    or(p.partiesAdvised),
    `${p.decision}${p.decisionRationale ? `: ${p.decisionRationale}` : ''}${p.changes.length ? `\n${p.changes.map((c) => c.humanId).join(', ')}` : ''}`,
    or(p.fixVerification),
    `${p.status}${p.closedAt ? ` ${p.closedAt.slice(0, 10)}` : ''}`,
  ];
}

/**
 * The problem report log (IEC 62304 clause 9): every report with its criticality, safety evaluation,
 * investigation, parties advised, decision, the changes it led to, verification and status; the trend
 * per month; and the unresolved problems' known-anomaly evaluations.
 */
export function buildProblemLog(productName: string, problems: ProblemView[]): DocumentContent {
  const trend = problemTrend(problems);
  const anomalies = problems.filter((p) => p.status !== 'closed' && p.anomalyEvaluation.trim());
  return {
    docKey: PROBLEM_LOG_KEY,
    title: 'Problem report log',
    orientation: 'landscape',
    purpose: `This log records every problem found in ${productName}, how each was evaluated against the risk file and resolved, and the trend of problems over time (IEC 62304 clause 9).`,
    sections: [
      {
        heading: 'Problem reports',
        blocks: [
          {
            kind: 'table',
            columns: [
              { header: 'ID', width: 6 },
              { header: 'Problem, source, date', width: 16 },
              { header: 'Type, criticality', width: 8 },
              { header: 'Safety (9.2)', width: 14 },
              { header: 'Investigation', width: 14 },
              { header: 'Parties advised (9.3)', width: 10 },
              { header: 'Decision, changes', width: 12 },
              { header: 'Fix verified (9.7)', width: 12 },
              { header: 'Status', width: 8 },
            ],
            rows: problems.map(row),
            emptyText: 'No problem has been reported.',
          },
        ],
      },
      {
        heading: 'Trend (9.6)',
        blocks: [
          {
            kind: 'table',
            columns: [
              { header: 'Month' },
              { header: 'Total' },
              { header: 'High' },
              { header: 'Medium' },
              { header: 'Low' },
              { header: 'Corrective' },
              { header: 'Preventive' },
              { header: 'Adaptive' },
            ],
            rows: trend.map((m) =>
              [m.month, m.total, m.byCriticality.high, m.byCriticality.medium, m.byCriticality.low, m.byType.corrective, m.byType.preventive, m.byType.adaptive].map(String),
            ),
            emptyText: 'No problems, so no trend yet.',
          },
        ],
      },
      {
        heading: 'Known anomalies evaluated for release (5.8.2, 5.8.3)',
        blocks: [
          {
            kind: 'table',
            columns: [
              { header: 'ID', width: 8 },
              { header: 'Problem', width: 25 },
              { header: 'Why it does not contribute to an unacceptable risk', width: 40 },
              { header: 'User mitigation', width: 27 },
            ],
            rows: anomalies.map((p) => [p.humanId, p.title, p.anomalyEvaluation, or(p.userMitigation)]),
            emptyText: 'No unresolved problem has a known-anomaly evaluation.',
          },
        ],
      },
    ],
    records: problems.map((p) => recordRef(`problem:${p.humanId}`, 'problem report', `${p.humanId} ${p.title}`, { row: row(p), anomaly: [p.anomalyEvaluation, p.userMitigation] })),
  };
}

export const PROBLEM_LOG_DEF: DocumentTypeDef = {
  label: DOCUMENT_TYPE_LABELS['problem-log'],
  singleton: true,
  dependsOn: ['problem_report', 'change_request'],
  keyAndTitle: () => ({ docKey: PROBLEM_LOG_KEY, title: 'Problem report log', params: {} }),
  gather: (project) =>
    buildProblemLog(
      project.project.get().productName,
      [...project.problems.all()].reverse().map((row) => problemView(project, row)),
    ),
};
