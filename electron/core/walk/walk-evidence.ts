import type { SoftwareNode } from '../../../shared/api/software-types';
import type { GapKind } from '../../../shared/api/trace-types';
import type { WalkStatus } from '../../../shared/api/walk-types';
import { WALK_DOCUMENTS, type DocumentEvidence, type WalkDocument, type WalkEvidence } from '../../../shared/walk/evidence';
import { walkStages } from '../../../shared/walk/stages';
import { projectClass, softwareTree } from '../software/software-tree';
import type { OpenProject } from '../projects/open-project';
import { qmsOverview } from '../qms/qms-view';
import { incompleteRequirementIds, missingRequirementFields, softwareNodes } from '../requirements/requirement-view';
import { checkRelease, releaseEvidence } from '../releases/release-check';
import { soupViewContext, toSoupView } from '../soup/soup-view';
import { gapReport } from '../trace/gap-report';
import { WalkEvidenceRepo } from './walk-evidence-repo';

const RISK_GAPS = new Set<GapKind>(['risk-control-without-requirement', 'risk-requirement-without-control', 'risk-control-unverified']);

function flatten(nodes: readonly SoftwareNode[]): SoftwareNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

function documents(repo: WalkEvidenceRepo): Record<WalkDocument, DocumentEvidence> {
  const rows = repo.documents(WALK_DOCUMENTS);
  const entries = WALK_DOCUMENTS.map((type): [WalkDocument, DocumentEvidence] => {
    const mine = rows.filter((r) => r.type === type);
    // With several documents of a type (rare), an approved one counts; otherwise the newest speaks.
    const doc = mine.find((r) => r.approved) ?? mine.at(-1);
    return [
      type,
      doc ? { state: doc.state as DocumentEvidence['state'], approved: doc.approved, label: `${doc.docKey} v${doc.version}` } : { state: null, approved: false, label: '' },
    ];
  });
  return Object.fromEntries(entries) as Record<WalkDocument, DocumentEvidence>;
}

function qms(project: OpenProject): WalkEvidence['qms'] {
  const overview = qmsOverview(project);
  const needed = overview.procedures.filter((p) => p.needed);
  return {
    companyMissing: overview.company.missing,
    marketsChosen: overview.company.markets.length > 0,
    scopeAnswered: overview.scopeAnswers !== null,
    proceduresNeeded: needed.map((p) => p.key),
    proceduresApproved: needed.filter((p) => p.document?.approvedVersion != null).map((p) => p.key),
    started: overview.company.updatedAt !== null || overview.procedures.some((p) => p.editedSections > 0 || p.document !== null),
  };
}

function testing(project: OpenProject, repo: WalkEvidenceRepo): WalkEvidence['testing'] {
  const version = repo.versionUnderTest();
  const cases = repo.liveTestCases();
  if (version === null) return { version, cases, unverified: [], notPassed: [], openRuns: [], completedRuns: [] };
  const e = releaseEvidence(project, version);
  return {
    version,
    cases,
    // A requirement verified by inspection, analysis or demonstration needs no test (the SRS says how it is shown).
    unverified: e.requirements.filter((r) => !r.passedTest && (r.method === '' || r.method === 'test')).map((r) => r.humanId),
    notPassed: e.notPassed.map((t) => t.testCase),
    openRuns: e.openRuns,
    completedRuns: e.completedRuns,
  };
}

/** Gathers every fact the walk reads from the records as they are now. */
export function walkEvidence(project: OpenProject): WalkEvidence {
  const repo = new WalkEvidenceRepo(project.db);
  const tree = softwareTree(project.software);
  const nodes = flatten(tree);
  const units = nodes.filter((n) => n.kind === 'unit');
  const designed = new Set(project.architecture.unitDesigns().map((d) => d.unitId));
  const soupContext = soupViewContext(project);
  const liveSoup = project.soup.all(false).map((row) => toSoupView(row, soupContext));
  const releases = repo.releases();
  const gaps = gapReport(project).gaps;
  const gapped = (kind: GapKind) => gaps.filter((g) => g.kind === kind).map((g) => g.record.humanId);
  const cls = projectClass(tree).projectClass;
  const requirementNodes = softwareNodes(project);
  return {
    projectClass: cls,
    qms: qms(project),
    riskPlan: { saved: project.risk.plan.get().saved, hazards: project.risk.records.all('hazard').length },
    riskAnalysis: { gaps: gaps.filter((g) => RISK_GAPS.has(g.kind)).map((g) => g.message) },
    systems: { total: tree.length, unclassified: tree.filter((s) => s.classSource === 'unclassified').length },
    documents: documents(repo),
    devPlan: { editedSteps: project.devPlan.all().length },
    requirements: {
      ...repo.requirementGaps(),
      incomplete: incompleteRequirementIds(project, requirementNodes, cls),
      incompleteFields: missingRequirementFields(project, requirementNodes, cls),
      review: repo.review('requirements'),
    },
    soup: { live: liveSoup.length, incomplete: liveSoup.filter((s) => s.missing.length > 0).map((s) => s.humanId) },
    architecture: {
      items: nodes.filter((n) => n.kind === 'item').length,
      interfaces: project.architecture.interfaces().length,
      review: repo.review('architecture'),
      unimplementedItems: gapped('item-without-requirement'),
      unusedSoup: gapped('soup-without-item'),
    },
    design: { units: units.length, undesigned: units.filter((u) => !designed.has(u.id)).map((u) => u.humanId), review: repo.review('detailed-design') },
    unitVerification: { units: units.length, unverified: repo.unverifiedUnits() },
    testing: testing(project, repo),
    release: { ...releases, blockers: releases.draft && !releases.released ? checkRelease(project, releases.draft).blockers : [] },
    maintenance: repo.maintenance(),
  };
}

/** Where the project stands on the walk. */
export const walkStatus = (project: OpenProject): WalkStatus => walkStages(walkEvidence(project));
