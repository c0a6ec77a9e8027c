import type { ProblemRecord, ProblemView } from '../../../shared/api/problems-types';
import { closingGaps } from '../../../shared/changes/problem-status';
import type { OpenProject } from '../projects/open-project';

const nameOf = (project: OpenProject, id: number | null) => (id === null ? null : (project.users.byId(id)?.name ?? `user ${id}`));

/** A problem report with what it links to and what closing it still needs. */
export function problemView(project: OpenProject, row: ProblemRecord): ProblemView {
  const origin = row.testResultId === null ? null : project.problems.testOrigin(row.testResultId);
  return {
    ...row,
    reportedByName: nameOf(project, row.reportedBy) ?? '',
    closedByName: nameOf(project, row.closedBy),
    risks: project.problems.risks(row.id),
    testOrigin: origin && {
      testResultId: origin.testResultId,
      runHumanId: origin.runHumanId,
      caseHumanId: origin.caseHumanId,
      caseTitle: origin.caseTitle,
      outcome: origin.outcome,
      softwareVersion: origin.softwareVersion,
    },
    changes: project.changes.ofProblem(row.id).map((c) => ({ id: c.id, humanId: c.humanId, title: c.title, status: c.status })),
    closingGaps: row.status === 'closed' ? [] : closingGaps(row),
  };
}
