import { EMPTY_COMPANY, type CompanyFields } from '../../../../shared/qms/company';
import { neededProcedures } from '../../../../shared/qms/procedure-set';
import { checkScopeDecision, suggestedScope, WIZARD_CLAUSES, type ScopeDecision } from '../../../../shared/qms/scope';
import type { HandlerContext, Handlers } from '../../context';
import { CairnError } from '../../errors';
import { ensureCairnTool } from '../../qms/cairn-tool';
import { qmsFacts } from '../../qms/qms-facts';
import { procedureDetail, procedureOrThrow, qmsOverview } from '../../qms/qms-view';
import { requireAuthor } from '../require-author';

type QmsHandlers = Pick<
  Handlers,
  'qms.get' | 'qms.saveCompany' | 'qms.applyScope' | 'qms.setClause' | 'qms.procedure' | 'qms.updateSection' | 'qms.resetSection' | 'qms.generateDocuments'
>;

function sectionOrThrow(key: string, sectionId: string) {
  const def = procedureOrThrow(key);
  const section = def.sections.find((s) => s.id === sectionId);
  if (!section) throw new CairnError('not_found', `${def.key} has no section "${sectionId}"; its sections are ${def.sections.map((s) => s.id).join(', ')}.`, 'sectionId');
  return { def, section };
}

function setScopeAudited(ctx: HandlerContext, decision: ScopeDecision, before: ScopeDecision | undefined): void {
  ctx.project.qms.setScope(decision, ctx.now(), ctx.user.id);
  const said = decision.status === 'applies' ? 'applies' : `${decision.status.replace('_', ' ')}: ${decision.justification}`;
  ctx.audit({
    action: 'update',
    entity: 'qms_scope',
    entityId: decision.clause,
    summary: `ISO 13485 ${decision.clause} ${said}`,
    before: before ?? { status: 'applies' },
    after: decision,
  });
}

export const qmsHandlers: QmsHandlers = {
  'qms.get': (_input, ctx) => qmsOverview(ctx.project),

  'qms.saveCompany': (input, ctx) => {
    requireAuthor(ctx, 'change the company profile');
    const { scopeAnswers: _a, updatedAt: _u, ...current } = ctx.project.qms.company();
    const next: CompanyFields = { ...EMPTY_COMPANY, ...current, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
    const changed = (Object.keys(next) as (keyof CompanyFields)[]).filter((k) => JSON.stringify(next[k]) !== JSON.stringify(current[k]));
    if (changed.length === 0) throw new CairnError('invalid_input', 'Nothing to change.');
    ctx.project.qms.saveCompany(next, ctx.now());
    ctx.audit({
      action: 'update',
      entity: 'qms_company',
      entityId: 'company',
      summary: `Company profile changed: ${changed.join(', ')}`,
      before: Object.fromEntries(changed.map((k) => [k, current[k]])),
      after: Object.fromEntries(changed.map((k) => [k, next[k]])),
    });
    // The first company save also lists Cairn itself among the QMS software tools to validate.
    ensureCairnTool({ project: ctx.project, appVersion: ctx.config.appVersion, at: ctx.now(), by: ctx.user.id, audit: (entry) => ctx.audit(entry) });
    return qmsOverview(ctx.project);
  },

  'qms.applyScope': (input, ctx) => {
    requireAuthor(ctx, 'decide the scope of the QMS');
    const suggested = suggestedScope(input);
    const current = ctx.project.qms.scope();
    ctx.project.qms.saveScopeAnswers(input, ctx.now());
    ctx.audit({ action: 'update', entity: 'qms_company', entityId: 'scope-answers', summary: `Scope wizard answered: ${suggested.length} clause(s) not applicable`, after: input });
    for (const clause of WIZARD_CLAUSES) {
      const decision = suggested.find((d) => d.clause === clause) ?? { clause, status: 'applies' as const, justification: '' };
      const before = current.find((d) => d.clause === clause);
      const same = before ? before.status === decision.status && before.justification === decision.justification : decision.status === 'applies';
      if (!same) setScopeAudited(ctx, decision, before);
    }
    return qmsOverview(ctx.project);
  },

  'qms.setClause': (input, ctx) => {
    requireAuthor(ctx, 'decide the scope of the QMS');
    const decision = { clause: input.clause, status: input.status, justification: input.status === 'applies' ? '' : input.justification };
    const problem = checkScopeDecision(decision);
    if (problem) throw new CairnError('invalid_input', problem.message, problem.field);
    const before = ctx.project.qms.scope().find((d) => d.clause === input.clause);
    const same = before ? before.status === decision.status && before.justification === decision.justification : decision.status === 'applies';
    if (same) throw new CairnError('invalid_input', 'Nothing to change.');
    setScopeAudited(ctx, decision, before);
    return qmsOverview(ctx.project);
  },

  'qms.procedure': (input, ctx) => procedureDetail(ctx.project, input.key),

  'qms.updateSection': (input, ctx) => {
    requireAuthor(ctx, 'edit procedures');
    const { def, section } = sectionOrThrow(input.key, input.sectionId);
    const saved = ctx.project.qms.section(def.key, section.id);
    const before = saved?.text ?? section.draft(qmsFacts(ctx.project));
    if (before === input.text) throw new CairnError('invalid_input', 'Nothing to change.', 'text');
    const row = ctx.project.qms.saveSection(def.key, section.id, input.text, ctx.now(), ctx.user.id);
    ctx.audit({
      action: 'update',
      entity: 'qms_section',
      entityId: `${def.key}/${section.id}`,
      summary: `${def.key} "${section.heading}" edited (revision ${row.revision})`,
      before: { text: before },
      after: { text: input.text },
    });
    return procedureDetail(ctx.project, def.key);
  },

  'qms.resetSection': (input, ctx) => {
    requireAuthor(ctx, 'edit procedures');
    const { def, section } = sectionOrThrow(input.key, input.sectionId);
    const saved = ctx.project.qms.section(def.key, section.id);
    if (!saved) throw new CairnError('conflict', `${def.key} "${section.heading}" already reads Cairn's draft.`, 'sectionId');
    ctx.project.qms.removeSection(def.key, section.id);
    ctx.audit({
      action: 'update',
      entity: 'qms_section',
      entityId: `${def.key}/${section.id}`,
      summary: `${def.key} "${section.heading}" returned to Cairn's draft`,
      before: { text: saved.text },
    });
    return procedureDetail(ctx.project, def.key);
  },

  'qms.generateDocuments': (_input, ctx) => {
    requireAuthor(ctx, 'create documents');
    const company = ctx.project.qms.company();
    if (!company.legalName.trim()) throw new CairnError('conflict', 'Give the company’s legal name first: every procedure names it.');
    if (!company.scopeAnswers) throw new CairnError('conflict', 'Answer the scope questions first: they decide which procedures the company needs.');
    const missing = neededProcedures(qmsFacts(ctx.project)).filter((p) => !ctx.project.documents.byKey(p.key));
    if (missing.length === 0) throw new CairnError('conflict', 'Every procedure the scope needs already has a document.');
    for (const def of missing) {
      const docType = def.kind === 'manual' ? 'qms-manual' : 'sop';
      const params = { procedure: def.key };
      const id = ctx.project.documents.insertDocument({ docKey: def.key, docType, title: def.title, params, createdAt: ctx.now(), createdBy: ctx.user.id });
      ctx.project.documents.insertVersion({ documentId: id, version: 1, authorId: ctx.user.id, createdAt: ctx.now(), changeSummary: null });
      ctx.audit({
        action: 'create',
        entity: 'document',
        entityId: def.key,
        summary: `${def.key} "${def.title}" created as draft v1`,
        after: { docKey: def.key, title: def.title, type: docType, params },
      });
    }
    return qmsOverview(ctx.project);
  },
};
