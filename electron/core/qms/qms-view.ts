import type { QmsDocumentState, QmsOverview, QmsProcedureDetail, QmsProcedureSummary, QmsRecordView, QmsTrainingView } from '../../../shared/api/qms-types';
import { missingCompanyFields } from '../../../shared/qms/company';
import { clauseTitle } from '../../../shared/qms/clauses';
import { computeCoverage, type ProcedureDocState } from '../../../shared/qms/coverage';
import { neededProcedures, PROCEDURES, procedureByKey } from '../../../shared/qms/procedure-set';
import { procedureClauses, type ProcedureDef } from '../../../shared/qms/procedure-types';
import type { RecordKind } from '../../../shared/qms/records';
import type { DocumentContent } from '../../../shared/documents/content';
import { trainingDue } from '../../../shared/qms/training';
import { procedureContent } from '../documents/kinds/qms-docs';
import { approvedVersion, contentSha256, driftOf } from '../documents/version-state';
import { CairnError } from '../errors';
import type { OpenProject } from '../projects/open-project';
import { qmsFacts, sectionText } from './qms-facts';

/** A procedure's live content with its digest, as drift compares them. */
const live = (content: DocumentContent) => ({ content, sha256: contentSha256(content) });

const nameOf = (project: OpenProject, id: number) => project.users.byId(id)?.name ?? `user ${id}`;

function documentState(project: OpenProject, key: string): QmsDocumentState | null {
  const doc = project.documents.byKey(key);
  if (!doc || doc.retiredAt !== null) return null;
  const versions = project.documents.versions(doc.id);
  const latest = versions.at(-1);
  if (!latest) return null;
  const approved = approvedVersion(versions);
  return {
    documentId: doc.id,
    version: latest.version,
    state: latest.state,
    approvedVersion: approved?.version ?? null,
    changedSinceApproved: driftOf(approved, live(procedureContent(project, doc))) !== null,
  };
}

function summaryOf(project: OpenProject, def: ProcedureDef, needed: boolean): QmsProcedureSummary {
  const edited = project.qms.sections(def.key).filter((s) => def.sections.some((d) => d.id === s.sectionId)).length;
  return {
    key: def.key,
    kind: def.kind,
    title: def.title,
    clauses: procedureClauses(def),
    needed,
    editedSections: edited,
    sectionCount: def.sections.length,
    document: documentState(project, def.key),
  };
}

/** The procedures with an approved version, which people must be trained on. */
function effectiveProcedures(procedures: QmsProcedureSummary[]) {
  return procedures.flatMap((p) => (p.document?.approvedVersion ? [{ key: p.key, title: p.title, version: p.document.approvedVersion }] : []));
}

function dueList(project: OpenProject, procedures: QmsProcedureSummary[]) {
  const trainees = project.users
    .list()
    .filter((u) => u.active)
    .map((u) => ({ id: u.id, name: u.name }));
  return trainingDue(trainees, effectiveProcedures(procedures), project.qmsRecords.training());
}

export function qmsOverview(project: OpenProject): QmsOverview {
  const facts = qmsFacts(project);
  const row = project.qms.company();
  const needed = new Set(neededProcedures(facts).map((p) => p.key));
  const procedures = PROCEDURES.map((def) => summaryOf(project, def, needed.has(def.key)));
  const docs = new Map<string, ProcedureDocState>(procedures.map((p) => [p.key, { exists: p.document !== null, approved: p.document?.approvedVersion != null }]));
  return {
    company: { ...facts.company, updatedAt: row.updatedAt, missing: missingCompanyFields(facts.company) },
    scopeAnswers: row.scopeAnswers,
    scope: project.qms.scope().map((d) => ({
      clause: d.clause,
      title: clauseTitle(d.clause),
      status: d.status,
      justification: d.justification,
      updatedAt: d.updatedAt,
      updatedBy: nameOf(project, d.updatedBy),
    })),
    procedures,
    coverage: computeCoverage(PROCEDURES, facts.outOfScope, docs),
    trainingDue: dueList(project, procedures),
  };
}

export function procedureOrThrow(key: string): ProcedureDef {
  const def = procedureByKey(key);
  if (!def) throw new CairnError('not_found', `There is no procedure ${key}; the set is ${PROCEDURES.map((p) => p.key).join(', ')}.`, 'key');
  return def;
}

export function procedureDetail(project: OpenProject, key: string): QmsProcedureDetail {
  const def = procedureOrThrow(key);
  const facts = qmsFacts(project);
  const needed = neededProcedures(facts).some((p) => p.key === def.key);
  return {
    ...summaryOf(project, def, needed),
    purpose: def.purpose(facts),
    sections: def.sections.map((s) => {
      const saved = project.qms.section(def.key, s.id);
      const { text } = sectionText(project, def, s, facts);
      return {
        id: s.id,
        heading: s.heading,
        clauses: [...s.clauses],
        text,
        state: saved ? ('edited' as const) : ('draft' as const),
        draft: s.draft(facts),
        revision: saved?.revision ?? 0,
        updatedAt: saved?.updatedAt ?? null,
        updatedBy: saved ? nameOf(project, saved.updatedBy) : null,
      };
    }),
  };
}

export function recordsView(project: OpenProject, kind: RecordKind): QmsRecordView[] {
  return project.qmsRecords
    .list(kind)
    .map((r) => ({ id: r.id, kind: r.kind, humanId: r.humanId, fields: r.fields, builtIn: r.builtIn, updatedAt: r.updatedAt, updatedBy: nameOf(project, r.updatedBy) }));
}

export function trainingView(project: OpenProject): QmsTrainingView {
  const procedures = PROCEDURES.map((def) => summaryOf(project, def, true));
  return {
    records: project.qmsRecords.training().map((t) => ({
      id: t.id,
      traineeId: t.traineeId,
      traineeName: nameOf(project, t.traineeId),
      docKey: t.docKey,
      version: t.version,
      trainedOn: t.trainedOn,
      method: t.method,
      signedBy: nameOf(project, t.signedBy),
      signedAt: t.signedAt,
    })),
    due: dueList(project, procedures),
    procedures: effectiveProcedures(procedures),
  };
}
