import { CHANGE_SOURCE_LABELS, IMPACT_KINDS, IMPACT_KIND_LABELS, type ChangeImpact } from '../../../../shared/api/changes-types';
import type { ContentSection, DocumentContent } from '../../../../shared/documents/content';
import { EU_OUTCOME_LABELS } from '../../../../shared/changes/eu-significance';
import { US_OUTCOME_LABELS } from '../../../../shared/changes/us-significance';
import { CHANGE_ENTITY, targetViews } from '../../changes/change-targets';
import type { ChangeRow } from '../../changes/changes-repo';
import type { OpenProject } from '../../projects/open-project';
import { recordRef } from '../canonical';
import type { DocumentTypeDef } from '../document-type-def';
import { DOCUMENT_TYPE_LABELS } from '../../../../shared/documents/type-labels';

export const CHANGE_LOG_KEY = 'CHANGE-LOG';

const or = (text: string) => text.trim() || '—';

interface LoggedChange {
  row: ChangeRow;
  targets: string[];
  problem: string | null;
  approvals: string[];
}

function impactRows(impact: ChangeImpact | null): [string, string][] {
  if (!impact) return [['Impact', 'Worked out from the trace links when the change is approved.']];
  return [
    ...IMPACT_KINDS.map((k): [string, string] => [IMPACT_KIND_LABELS[k], impact[k].map((e) => `${e.humanId} ${e.title}`).join('\n') || 'none']),
    ['Documents to revise', impact.documents.map((d) => `${d.docKey} (${d.covers.join(', ')})`).join('\n') || 'none'],
  ];
}

function section(c: LoggedChange): ContentSection {
  const { row } = c;
  const yesNo = row.newRiskControls === null ? '—' : row.newRiskControls ? 'Yes' : 'No';
  return {
    heading: `${row.humanId} ${row.title}`,
    blocks: [
      {
        kind: 'keyValue',
        rows: [
          ['Status', row.status],
          ['Kind and source', `${row.kind === 'bug-fix' ? 'Bug fix' : 'Change'}; ${CHANGE_SOURCE_LABELS[row.source]}${c.problem ? ` (${c.problem})` : ''}`],
          ['Opened', row.createdAt.slice(0, 10)],
          ['Target version', or(row.targetVersion)],
          ['Description', or(row.description)],
          ['Rationale', or(row.rationale)],
          ['Starts from', c.targets.join('\n') || '—'],
          ...impactRows(row.frozenImpact),
          ['Impact on organisation and interfacing systems (6.2.3)', or(row.impactNotes)],
          ['Safety analysis (7.4)', or(row.safetyAnalysis)],
          ['New or changed risk controls', yesNo],
          ['EU significance (MDCG 2020-3)', row.eu ? `${EU_OUTCOME_LABELS[row.eu.outcome]}. ${row.eu.rationale}` : 'Not assessed'],
          ['US significance (FDA)', row.us ? `${US_OUTCOME_LABELS[row.us.outcome]}. ${row.us.rationale}` : 'Not assessed'],
          ['Approval', c.approvals.join('\n') || 'Not approved'],
          ['Implementation', or(row.implementation)],
          ['Verification (8.2.3)', or(row.verification)],
        ],
      },
    ],
  };
}

/** The change request log (6.2–6.3, 7.4, 8.2): each request with its impact, significance outcomes and approvals. */
export function buildChangeLog(productName: string, changes: LoggedChange[]): DocumentContent {
  return {
    docKey: CHANGE_LOG_KEY,
    title: 'Change request log',
    orientation: 'landscape',
    purpose: `This log records every change request for ${productName}: what it changes and what that reaches along the trace links, its safety and regulatory assessment, who approved it, and how it was implemented and verified.`,
    sections: [
      {
        heading: 'Overview',
        blocks: [
          {
            kind: 'table',
            columns: [
              { header: 'ID', width: 8 },
              { header: 'Title', width: 36 },
              { header: 'Status', width: 10 },
              { header: 'EU', width: 14 },
              { header: 'US', width: 14 },
              { header: 'Approved', width: 18 },
            ],
            rows: changes.map((c) => [c.row.humanId, c.row.title, c.row.status, c.row.eu?.outcome ?? '—', c.row.us?.outcome ?? '—', c.row.approvedAt?.slice(0, 10) ?? '—']),
            emptyText: 'No change request has been opened.',
          },
        ],
      },
      ...changes.map(section),
    ],
    records: changes.map((c) =>
      recordRef(`change:${c.row.humanId}`, 'change request', `${c.row.humanId} ${c.row.title}`, { ...c.row, targets: c.targets, approvals: c.approvals }),
    ),
  };
}

function logged(project: OpenProject, row: ChangeRow): LoggedChange {
  const problem = row.problemId === null ? null : project.problems.byId(row.problemId);
  return {
    row,
    targets: targetViews(project, project.changes.targets(row.id)).map((t) => `${t.humanId} ${t.title}`),
    problem: problem ? `${problem.humanId} ${problem.title}` : null,
    approvals: project.recordSignatures.of(CHANGE_ENTITY, row.id).map((s) => `${s.meaning} by ${s.signerName} (${s.signerRole}), ${s.signedAt.slice(0, 16).replace('T', ' ')} UTC`),
  };
}

export const CHANGE_LOG_DEF: DocumentTypeDef = {
  label: DOCUMENT_TYPE_LABELS['change-log'],
  singleton: true,
  dependsOn: ['change_request', 'problem_report'],
  keyAndTitle: () => ({ docKey: CHANGE_LOG_KEY, title: 'Change request log', params: {} }),
  gather: (project) =>
    buildChangeLog(
      project.project.get().productName,
      [...project.changes.all()].reverse().map((row) => logged(project, row)),
    ),
};
