import type { TraceLinkView, TraceRef } from '../../../shared/api/trace-types';
import { ENTITY_LABELS, linkRefusal } from '../../../shared/trace/link-rules';
import type { HandlerContext, Handlers } from '../context';
import { CairnError } from '../errors';
import { gapReport } from '../trace/gap-report';
import { linkViews } from '../trace/link-views';
import { labelRefs, refKey } from '../trace/record-labels';
import { exportTraceXlsx } from '../trace/export-trace-xlsx';
import { traceMatrix } from '../trace/trace-matrix';
import { requireAuthor } from './require-author';

type TraceHandlers = Pick<Handlers, 'trace.links' | 'trace.link' | 'trace.unlink' | 'trace.review' | 'trace.gaps' | 'trace.matrix' | 'trace.exportXlsx'>;

function viewOf(ctx: HandlerContext, linkId: number): TraceLinkView {
  const link = ctx.project.trace.byId(linkId);
  if (!link) throw new CairnError('not_found', `There is no trace link with id ${linkId}.`, 'linkId');
  const [view] = linkViews(ctx.project, [link]);
  if (!view) throw new Error(`Trace link ${linkId} could not be shown.`);
  return view;
}

function requireExisting(ctx: HandlerContext, ref: TraceRef, field: string): void {
  if (!labelRefs(ctx.project, [ref]).has(refKey(ref))) {
    throw new CairnError('not_found', `There is no ${ENTITY_LABELS[ref.type]} with id ${ref.id}.`, field);
  }
}

const linkName = (view: TraceLinkView) => `${view.fromLabel.humanId} → ${view.toLabel.humanId}`;

export const traceHandlers: TraceHandlers = {
  'trace.links': (input, ctx) => {
    const links = input.ref ? ctx.project.trace.linksOf(input.ref) : input.suspectOnly ? ctx.project.trace.suspect() : ctx.project.trace.all();
    return linkViews(ctx.project, input.suspectOnly ? links.filter((l) => l.suspect) : links);
  },

  'trace.link': (input, ctx) => {
    requireAuthor(ctx, 'change trace links');
    const refusal = linkRefusal(input.from, input.to);
    if (refusal) throw new CairnError('invalid_input', refusal, 'to');
    requireExisting(ctx, input.from, 'from.id');
    requireExisting(ctx, input.to, 'to.id');
    const created = ctx.project.trace.link(input.from, input.to, ctx.now(), ctx.user.id);
    if (!created) throw new CairnError('conflict', 'These two records are already linked.', 'to');
    const view = viewOf(ctx, created.id);
    ctx.audit({
      action: 'link',
      entity: 'trace_link',
      entityId: linkName(view),
      summary: `${view.fromLabel.humanId} ${view.meaning} ${view.toLabel.humanId}`,
      after: { from: view.from, to: view.to },
    });
    return view;
  },

  'trace.unlink': (input, ctx) => {
    requireAuthor(ctx, 'change trace links');
    const view = viewOf(ctx, input.linkId);
    ctx.project.trace.unlink(view.id);
    ctx.audit({
      action: 'unlink',
      entity: 'trace_link',
      entityId: linkName(view),
      summary: `Link removed: ${view.fromLabel.humanId} ${view.meaning} ${view.toLabel.humanId}`,
      before: { from: view.from, to: view.to },
    });
    return linkViews(ctx.project, ctx.project.trace.linksOf(view.from));
  },

  // Reviewing is open to every role: checking that a link still holds is a reviewer's work as much as an author's.
  'trace.review': (input, ctx) => {
    const ids = [...new Set(input.linkIds)];
    const views = ids.map((id) => viewOf(ctx, id));
    const at = ctx.now();
    for (const view of views) {
      ctx.project.trace.review(view.id, at, ctx.user.id);
      ctx.audit({
        action: 'review',
        entity: 'trace_link',
        entityId: linkName(view),
        summary: `Link reviewed${view.suspect ? ' and cleared' : ''}: ${view.fromLabel.humanId} ${view.meaning} ${view.toLabel.humanId}`,
        before: { suspect: view.suspect, reason: view.suspectReason },
        after: { suspect: false },
      });
    }
    return linkViews(
      ctx.project,
      ids.map((id) => ctx.project.trace.byId(id)).filter((l) => l !== null),
    );
  },

  'trace.gaps': (_input, ctx) => gapReport(ctx.project),

  'trace.matrix': (_input, ctx) => traceMatrix(ctx.project),

  'trace.exportXlsx': (_input, ctx) => exportTraceXlsx(ctx.project, ctx.now()),
};
