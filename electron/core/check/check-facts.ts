import type { CheckFacts, DocumentFacts, RequirementFacts, SystemFacts, UnitFacts } from '../../../shared/check/facts';
import { procedureByKey } from '../../../shared/qms/procedure-set';
import { approvedVersion } from '../documents/version-state';
import { procedureContent } from '../documents/kinds/qms-docs';
import { classificationRiskFile } from '../classification/classification-risk-file';
import { allNodes } from '../classification/classification-history';
import { softwareTree } from '../software/software-tree';
import type { OpenProject } from '../projects/open-project';
import { claimedClauses } from '../qms/procedure-document';
import { ReleaseEvidenceRepo } from '../releases/release-evidence';
import { verificationVersion } from '../releases/verification-version';
import { CheckRepo } from './check-repo';

/** Each system's newest classification beside the risk file as it stands now. */
function systemFacts(project: OpenProject): SystemFacts[] {
  return softwareTree(project.software).map((system) => {
    const record = project.software.systemClassifications(system.id).at(-1);
    const file = classificationRiskFile(project, system.id);
    const controls = new Map(file.controls.map((c) => [c.id, c]));
    return {
      humanId: system.humanId,
      name: system.name,
      class: record?.class ?? null,
      situations: file.situations
        .filter((s) => s.linked)
        .map((s) => ({
          humanId: s.humanId,
          harm: s.worstSeverity?.harm ?? null,
          severityName: s.worstSeverity ? `${s.worstSeverity.levelName} (S${s.worstSeverity.level})` : null,
        })),
      credited: (record?.externalControls ?? []).map((c) => {
        const found = c.riskControlId === undefined ? undefined : controls.get(c.riskControlId);
        return { label: c.control, riskControl: c.riskControlHumanId ?? null, placement: found?.placement ?? null, reason: found?.reason ?? 'it is no longer in the risk file.' };
      }),
    };
  });
}

/** Requirements with when their content last changed and who wrote them, read from the audit trail. */
function requirementFacts(project: OpenProject, repo: CheckRepo, version: string | null): RequirementFacts[] {
  const edits = new Map<string, { changedAt: string; createdBy: number | null }>();
  for (const e of repo.requirementEdits()) {
    const fields = e.after ? Object.keys(JSON.parse(e.after) as object) : [];
    const content = e.action === 'create' || fields.some((f) => f !== 'status' && f !== 'items');
    const seen = edits.get(e.humanId);
    if (!content) continue;
    edits.set(e.humanId, { changedAt: e.at, createdBy: seen ? seen.createdBy : e.userId });
  }
  const evidence = new ReleaseEvidenceRepo(project.db);
  const passed = version
    ? new Set(
        evidence
          .requirements(
            new Set(
              evidence
                .latestOutcomes(version)
                .filter((o) => o.outcome === 'passed')
                .map((o) => o.testCaseId),
            ),
          )
          .filter((r) => r.passedTest)
          .map((r) => r.humanId),
      )
    : new Set<string>();
  return repo.requirements().map((r) => ({
    humanId: r.humanId,
    status: r.status,
    acceptanceCriteria: r.acceptanceCriteria,
    method: r.method,
    createdAt: r.createdAt,
    contentChangedAt: edits.get(r.humanId)?.changedAt ?? r.createdAt,
    passedInVersion: passed.has(r.humanId),
    createdBy: edits.get(r.humanId)?.createdBy ?? null,
  }));
}

/** Every software unit with its effective class, when it was made and its unit verifications. */
function unitFacts(project: OpenProject, repo: CheckRepo): UnitFacts[] {
  const createdAt = new Map(project.software.all().map((row) => [row.id, row.createdAt]));
  const verifications = repo.unitVerifications();
  return allNodes(softwareTree(project.software))
    .filter((node) => node.kind === 'unit')
    .map((unit) => ({
      humanId: unit.humanId,
      name: unit.name,
      class: unit.effectiveClass,
      createdAt: createdAt.get(unit.id) ?? '',
      verifications: verifications.filter((v) => v.unitId === unit.id).map(({ humanId, result, recordedAt }) => ({ humanId, result, recordedAt })),
    }));
}

/** Each live document with its version in force; procedures also with the clauses they claim. */
function documentFacts(project: OpenProject): { documents: DocumentFacts[]; procedureClaims: CheckFacts['procedureClaims'] } {
  const live = project.documents.list().filter((d) => d.retiredAt === null);
  const documents = live.map((doc): DocumentFacts => {
    const v = approvedVersion(project.documents.versions(doc.id));
    if (!v) return { docKey: doc.docKey, approved: null };
    const signatures = project.documents.signatures(v.id).filter((s) => s.reviewRound === v.reviewRound);
    return {
      docKey: doc.docKey,
      approved: {
        version: v.version,
        authorId: v.authorId,
        authorName: project.users.byId(v.authorId)?.name ?? `user ${v.authorId}`,
        recordKeys: (v.content?.records ?? []).map((r) => r.key),
        signatures: signatures.map((s) => ({ userId: s.userId, name: s.printedName, meaning: s.meaning })),
      },
    };
  });
  const procedureClaims = live
    .filter((doc) => procedureByKey(doc.docKey) !== undefined)
    .map((doc) => {
      const v = approvedVersion(project.documents.versions(doc.id));
      return { docKey: doc.docKey, clauses: claimedClauses(v?.content ?? procedureContent(project, doc)) };
    });
  return { documents, procedureClaims };
}

/** Everything the consistency rules read, from the records as they are now. */
export function checkFacts(project: OpenProject): CheckFacts {
  const repo = new CheckRepo(project.db);
  const testRuns = repo.completedRuns();
  const version = verificationVersion(project);
  return {
    systems: systemFacts(project),
    requirements: requirementFacts(project, repo, version),
    verificationVersion: version,
    reviews: repo.reviews(),
    units: unitFacts(project, repo),
    ...documentFacts(project),
    texts: repo.texts(),
    knownIds: repo.knownIds(),
    qmsOutOfScope: project.qms.scope().map((s) => ({ clause: s.clause, status: s.status })),
    releases: project.releases.list().map((r) => ({ version: r.version, status: r.status, createdAt: r.createdAt, releasedAt: r.releasedAt })),
    testRuns,
    problems: repo.problems(),
  };
}
