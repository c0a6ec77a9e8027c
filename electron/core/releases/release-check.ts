import type { DocumentType } from '../../../shared/api/documents-types';
import type { ReleaseChecklist } from '../../../shared/api/releases-types';
import { releaseChecklist } from '../../../shared/release/checklist';
import type { ReleaseEvidence, ReleaseRecordEvidence } from '../../../shared/release/evidence';
import { DOCUMENT_TYPE_LABELS } from '../../../shared/documents/type-labels';
import { requiredDocuments } from '../../../shared/release/required-documents';
import { runCheck } from '../../../shared/check/run-check';
import { checkFacts } from '../check/check-facts';
import { projectClass, softwareTree } from '../software/software-tree';
import type { OpenProject } from '../projects/open-project';
import { gapReport } from '../trace/gap-report';
import { notPassed, ReleaseEvidenceRepo } from './release-evidence';

/** The release record's checklist-relevant parts, or null when the version has none yet. */
function recordEvidence(project: OpenProject, version: string): ReleaseRecordEvidence | null {
  const row = project.releases.byVersion(version);
  if (!row) return null;
  const artefacts = project.releases.artefacts(row.id).map((a) => ({ name: a.name, sha256: a.sha256 }));
  return { ...row, artefacts };
}

/** Required document types that have no approved version, named by the document's key or the type's title. */
function unapprovedDocuments(repo: ReleaseEvidenceRepo, required: readonly DocumentType[]): ReleaseEvidence['unapprovedDocuments'] {
  const documents = repo.documents();
  return required.flatMap((type): ReleaseEvidence['unapprovedDocuments'] => {
    const mine = documents.filter((d) => d.type === type);
    if (mine.length === 0) return [{ label: DOCUMENT_TYPE_LABELS[type], state: null }];
    return mine.some((d) => d.approved) ? [] : mine.map((d) => ({ label: d.docKey, state: d.state }));
  });
}

/** Gathers everything the 5.8 checklist reads for a version, from the records as they are now. */
export function releaseEvidence(project: OpenProject, version: string): ReleaseEvidence {
  const repo = new ReleaseEvidenceRepo(project.db);
  const { projectClass: safetyClass } = projectClass(softwareTree(project.software));
  const outcomes = repo.latestOutcomes(version);
  const runs = repo.runs(version);
  return {
    version,
    safetyClass,
    requirements: repo.requirements(new Set(outcomes.filter((o) => o.outcome === 'passed').map((o) => o.testCaseId))),
    completedRuns: runs.filter((r) => r.completed).map((r) => r.humanId),
    openRuns: runs.filter((r) => !r.completed).map((r) => r.humanId),
    notPassed: notPassed(outcomes),
    openProblems: repo.knownAnomalies().map((p) => ({ ...p, anomalyEvaluation: p.evaluation })),
    traceGaps: gapReport(project).gaps.map((g) => g.message),
    unapprovedDocuments: unapprovedDocuments(repo, requiredDocuments(safetyClass)),
    unfinishedChanges: repo.unfinishedChanges(version),
    consistencyErrors: runCheck(checkFacts(project))
      .findings.filter((f) => f.severity === 'error')
      .map(({ rule, message }) => ({ rule, message })),
    release: recordEvidence(project, version),
  };
}

export const checkRelease = (project: OpenProject, version: string): ReleaseChecklist => releaseChecklist(releaseEvidence(project, version));
