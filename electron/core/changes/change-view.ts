import type { ChangeImpact, ChangeTargetView, ChangeView } from '../../../shared/api/changes-types';
import { approvalGaps, marketsOf, type ChangeFacts } from '../../../shared/changes/change-status';
import type { HandlerContext } from '../context';
import { signaturesOf } from '../signatures/sign-record';
import { CHANGE_ENTITY, targetViews } from './change-targets';
import { changeFields, type ChangeRow } from './changes-repo';
import { computeImpact, documentCoverage, type DocumentCoverage } from './impact';

/** Exactly what an approval signature covers: the decision and everything it was based on. */
export function signedContent(row: ChangeRow, targets: readonly ChangeTargetView[], impact: ChangeImpact) {
  // Implementation and verification are written after approval: the signature does not cover them.
  const { implementation: _implementation, verification: _verification, ...decision } = changeFields(row);
  return { humanId: row.humanId, ...decision, targets: targets.map((t) => t.humanId), impact: { ...impact, computedAt: null }, eu: row.eu, us: row.us };
}

/** What the approval rules read of a change request: its record, its targets and the markets the product is sold in. */
export function changeFacts(ctx: HandlerContext, row: ChangeRow, targetCount = ctx.project.changes.targets(row.id).length): ChangeFacts {
  return { ...row, targetCount, euOutcome: row.eu?.outcome ?? null, usOutcome: row.us?.outcome ?? null, markets: marketsOf(ctx.project.profile.get().markets) };
}

export function changeView(ctx: HandlerContext, row: ChangeRow, coverage?: DocumentCoverage): ChangeView {
  const { project } = ctx;
  const { frozenImpact, ...record } = row;
  const refs = project.changes.targets(row.id);
  const targets = targetViews(project, refs);
  const impact = frozenImpact ?? computeImpact(project, refs, ctx.now(), coverage ?? documentCoverage(project));
  const problem = row.problemId === null ? null : project.problems.byId(row.problemId);
  return {
    ...record,
    createdByName: project.users.byId(row.createdBy)?.name ?? `user ${row.createdBy}`,
    problem: problem && { id: problem.id, humanId: problem.humanId, title: problem.title },
    targets,
    impact,
    impactFrozen: frozenImpact !== null,
    signatures: signaturesOf(ctx, CHANGE_ENTITY, row.id, signedContent(row, targets, impact)),
    approvalGaps: row.status === 'draft' ? approvalGaps(changeFacts(ctx, row, refs.length)) : [],
  };
}
