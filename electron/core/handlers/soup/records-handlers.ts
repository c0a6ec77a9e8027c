import type { HandlerContext, Handlers } from '../../context';
import { CairnError } from '../../errors';
import { exportSoupXlsx } from '../../soup/export-soup-xlsx';
import type { SoupEdit, SoupRow } from '../../soup/soup-repo';
import { soupView, soupViewContext, toSoupView } from '../../soup/soup-view';
import { requireAuthor } from '../require-author';
import { nodeOrThrow } from '../../software/software-lookup';

type SoupHandlers = Pick<Handlers, 'soup.list' | 'soup.exportXlsx' | 'soup.get' | 'soup.add' | 'soup.update' | 'soup.remove' | 'soup.setItems'>;

export function soupOrThrow(ctx: HandlerContext, id: number): SoupRow {
  const row = ctx.project.soup.byId(id);
  if (!row) throw new CairnError('not_found', `There is no SOUP item with id ${id}.`, 'id');
  return row;
}

function liveOrThrow(ctx: HandlerContext, id: number): SoupRow {
  const row = soupOrThrow(ctx, id);
  if (row.removedAt) throw new CairnError('conflict', `${row.humanId} was taken out of use on ${row.removedAt.slice(0, 10)}; it is kept on record unchanged.`, 'id');
  return row;
}

const EDITABLE = [
  'name',
  'version',
  'supplier',
  'licence',
  'website',
  'purpose',
  'functionalRequirements',
  'performanceRequirements',
  'hardwareSoftwareRequirements',
  'riskLevel',
  'anomalyReview',
  'anomalyReviewedAt',
] as const;

export const soupHandlers: SoupHandlers = {
  'soup.list': (input, ctx) => {
    const context = soupViewContext(ctx.project);
    return { projectClass: context.projectClass, items: ctx.project.soup.all(input.includeRemoved).map((row) => toSoupView(row, context)) };
  },

  'soup.exportXlsx': (_input, ctx) => exportSoupXlsx(ctx.project, ctx.now()),

  'soup.get': (input, ctx) => soupView(ctx.project, soupOrThrow(ctx, input.id)),

  'soup.add': (input, ctx) => {
    requireAuthor(ctx, 'change the SOUP list');
    const id = ctx.project.soup.insert({ ...input, dev: false }, '', ctx.now());
    const row = soupOrThrow(ctx, id);
    ctx.audit({ action: 'create', entity: 'soup', entityId: row.humanId, summary: `${row.humanId} ${row.name} ${row.version} added by hand`, after: input });
    return soupView(ctx.project, row);
  },

  'soup.update': (input, ctx) => {
    requireAuthor(ctx, 'change the SOUP list');
    const row = liveOrThrow(ctx, input.id);
    const next: SoupEdit = { ...row };
    for (const key of EDITABLE) if (input[key] !== undefined) Object.assign(next, { [key]: input[key] });
    // A review entered now is a review of the version in use now; clearing it clears its version too.
    const reviewTouched = input.anomalyReview !== undefined || input.anomalyReviewedAt !== undefined;
    if (reviewTouched) next.anomalyReviewedVersion = next.anomalyReview.trim() || next.anomalyReviewedAt ? next.version : '';
    if (next.anomalyReview.trim() && !next.anomalyReviewedAt) throw new CairnError('invalid_input', 'Give the date the anomaly list was reviewed.', 'anomalyReviewedAt');
    const changed = (Object.keys(next) as (keyof SoupEdit)[]).filter((k) => next[k] !== row[k]);
    if (changed.length === 0) throw new CairnError('invalid_input', 'Nothing to change.');
    const at = ctx.now();
    ctx.project.soup.update(row.id, next, at);
    const suspect = ctx.project.trace.markSuspect({ type: 'soup', id: row.id }, `${row.humanId} changed: ${changed.join(', ')}`, at);
    const pick = (source: SoupEdit) => Object.fromEntries(changed.map((k) => [k, source[k]]));
    ctx.audit({
      action: 'update',
      entity: 'soup',
      entityId: row.humanId,
      summary: `${row.humanId} ${row.name}: ${changed.join(', ')} changed${suspect ? `; ${suspect} link(s) now suspect` : ''}`,
      before: pick(row),
      after: pick(next),
    });
    return soupView(ctx.project, soupOrThrow(ctx, row.id));
  },

  'soup.remove': (input, ctx) => {
    requireAuthor(ctx, 'change the SOUP list');
    const row = liveOrThrow(ctx, input.id);
    const at = ctx.now();
    ctx.project.soup.markRemoved(row.id, at);
    const gone = ctx.project.trace.forget({ type: 'soup', id: row.id });
    ctx.audit({
      action: 'delete',
      entity: 'soup',
      entityId: row.humanId,
      summary: `${row.humanId} ${row.name} ${row.version} taken out of use${gone.length ? `; ${gone.length} trace link(s) removed` : ''}`,
      before: { ...row, links: gone.map((l) => ({ from: l.from, to: l.to })) },
    });
    return soupView(ctx.project, soupOrThrow(ctx, row.id));
  },

  'soup.setItems': (input, ctx) => {
    requireAuthor(ctx, 'change the SOUP list');
    const row = liveOrThrow(ctx, input.id);
    const wanted = new Set(input.itemIds);
    for (const itemId of wanted) {
      const node = nodeOrThrow(ctx, itemId, 'itemIds');
      if (node.kind === 'unit') throw new CairnError('invalid_input', `${node.humanId} is a unit: link SOUP to the system or item that contains it.`, 'itemIds');
    }
    const current = ctx.project.trace.linksOf({ type: 'soup', id: row.id }).filter((l) => l.from.type === 'soup' && l.to.type === 'software_item');
    const removed = current.filter((l) => !wanted.has(l.to.id));
    const have = new Set(current.map((l) => l.to.id));
    const added = [...wanted].filter((id) => !have.has(id));
    if (removed.length === 0 && added.length === 0) throw new CairnError('invalid_input', 'Nothing to change.', 'itemIds');
    for (const link of removed) ctx.project.trace.unlink(link.id);
    for (const itemId of added) ctx.project.trace.link({ type: 'soup', id: row.id }, { type: 'software_item', id: itemId }, ctx.now(), ctx.user.id);
    const names = (ids: number[]) => ids.map((id) => ctx.project.software.byId(id)?.humanId ?? String(id)).join(', ');
    ctx.audit({
      action: 'link',
      entity: 'soup',
      entityId: row.humanId,
      summary: `${row.humanId} ${row.name}: ${[added.length ? `now used by ${names(added)}` : '', removed.length ? `no longer by ${names(removed.map((l) => l.to.id))}` : ''].filter(Boolean).join('; ')}`,
      before: { items: current.map((l) => l.to.id) },
      after: { items: [...wanted] },
    });
    return soupView(ctx.project, row);
  },
};
