import type { InterfaceEnd } from '../../../shared/api/architecture-types';
import { architectureDiagram, architectureView, endLabel } from '../architecture/architecture-view';
import type { InterfaceFields, InterfaceRow } from '../architecture/architecture-repo';
import { checkInterfaceEnds } from '../architecture/check-ends';
import { soupEnds } from '../architecture/soup-ends';
import type { HandlerContext, Handlers } from '../context';
import { CairnError } from '../errors';
import { allNodes } from '../classification/classification-history';
import { softwareTree } from '../software/software-tree';
import { requireAuthor } from './require-author';
import { saveOrClear } from '../architecture/save-or-clear';
import { nodeOrThrow } from '../software/software-lookup';

type ArchitectureHandlers = Pick<
  Handlers,
  | 'architecture.get'
  | 'architecture.diagram'
  | 'architecture.addInterface'
  | 'architecture.updateInterface'
  | 'architecture.removeInterface'
  | 'architecture.setSegregation'
  | 'architecture.setUnitDesign'
>;

function interfaceOrThrow(ctx: HandlerContext, id: number): InterfaceRow {
  const row = ctx.project.architecture.interfaceById(id);
  if (!row) throw new CairnError('not_found', `There is no interface with id ${id}.`, 'id');
  return row;
}

/** Checks the ends against the current tree and SOUP list; returns how to print them for the audit row. */
function checkEnds(ctx: HandlerContext, from: InterfaceEnd, to: InterfaceEnd): string {
  const nodes = new Map(allNodes(softwareTree(ctx.project.software)).map((n) => [n.id, n]));
  const soup = soupEnds(ctx.project);
  checkInterfaceEnds(from, to, nodes, soup);
  return `${endLabel(from, nodes, soup)} → ${endLabel(to, nodes, soup)}`;
}

const fieldsOf = (row: InterfaceRow): InterfaceFields => ({
  name: row.name,
  description: row.description,
  from: row.from,
  to: row.to,
  protocol: row.protocol,
  dataExchanged: row.dataExchanged,
  direction: row.direction,
});

export const architectureHandlers: ArchitectureHandlers = {
  'architecture.get': (_input, ctx) => architectureView(ctx.project),

  'architecture.diagram': (_input, ctx) => architectureDiagram(ctx.project),

  'architecture.addInterface': (input, ctx) => {
    requireAuthor(ctx, 'change the architecture');
    const ends = checkEnds(ctx, input.from, input.to);
    const row = ctx.project.architecture.insertInterface(input, ctx.now());
    ctx.audit({ action: 'create', entity: 'interface', entityId: row.humanId, summary: `${row.humanId} "${row.name}" added: ${ends}`, after: fieldsOf(row) });
    return architectureView(ctx.project);
  },

  'architecture.updateInterface': (input, ctx) => {
    requireAuthor(ctx, 'change the architecture');
    const row = interfaceOrThrow(ctx, input.id);
    const before = fieldsOf(row);
    const { id: _id, ...changes } = input;
    const next: InterfaceFields = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
    const changed = (Object.keys(before) as (keyof InterfaceFields)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(next[k]));
    if (changed.length === 0) throw new CairnError('invalid_input', 'Nothing to change.');
    const ends = checkEnds(ctx, next.from, next.to);
    const updated = ctx.project.architecture.updateInterface(row.id, next, ctx.now());
    const suspect = ctx.project.trace.markSuspect({ type: 'interface', id: row.id }, `${row.humanId} changed: ${changed.join(', ')}`, ctx.now());
    ctx.audit({
      action: 'update',
      entity: 'interface',
      entityId: row.humanId,
      summary: `${row.humanId} changed: ${changed.join(', ')} (${ends})${suspect ? `; ${suspect} trace link${suspect === 1 ? '' : 's'} now suspect` : ''}`,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, fieldsOf(updated)[k]])),
    });
    return architectureView(ctx.project);
  },

  'architecture.removeInterface': (input, ctx) => {
    requireAuthor(ctx, 'change the architecture');
    const row = interfaceOrThrow(ctx, input.id);
    const links = ctx.project.trace.forget({ type: 'interface', id: row.id });
    ctx.project.architecture.removeInterface(row.id);
    const linkText = links.length ? `; its ${links.length} trace link${links.length === 1 ? '' : 's'} removed` : '';
    ctx.audit({
      action: 'delete',
      entity: 'interface',
      entityId: row.humanId,
      summary: `${row.humanId} "${row.name}" removed${linkText}`,
      before: { ...fieldsOf(row), traceLinks: links },
    });
    return architectureView(ctx.project);
  },

  'architecture.setSegregation': (input, ctx) => {
    requireAuthor(ctx, 'change the architecture');
    const item = nodeOrThrow(ctx, input.itemId, 'itemId');
    if (item.kind !== 'item') throw new CairnError('invalid_input', `${item.humanId} is a ${item.kind}: segregation is recorded for software items.`, 'itemId');
    const repo = ctx.project.architecture;
    saveOrClear<'measure' | 'effectiveness'>(ctx, {
      entity: 'segregation_measure',
      node: item,
      title: 'Segregation',
      firstVerb: 'recorded',
      fields: { measure: input.measure, effectiveness: input.effectiveness },
      before: repo.segregations().find((s) => s.itemId === item.id) ?? null,
      refuse: (f) =>
        !f.measure
          ? new CairnError('invalid_input', 'Say what keeps the item apart (separate process, memory protection, one-way interface …).', 'measure')
          : !f.effectiveness
            ? new CairnError('invalid_input', 'Say how the segregation is made effective and how that is checked.', 'effectiveness')
            : null,
      save: (f) => repo.setSegregation({ itemId: item.id, ...f, updatedAt: ctx.now(), updatedBy: ctx.user.id }),
      clear: () => repo.clearSegregation(item.id),
    });
    return architectureView(ctx.project);
  },

  'architecture.setUnitDesign': (input, ctx) => {
    requireAuthor(ctx, 'change the detailed design');
    const unit = nodeOrThrow(ctx, input.unitId, 'unitId');
    if (unit.kind !== 'unit') throw new CairnError('invalid_input', `${unit.humanId} is a ${unit.kind}: a detailed design is written for software units.`, 'unitId');
    const repo = ctx.project.architecture;
    saveOrClear<'design' | 'interfaces'>(ctx, {
      entity: 'unit_design',
      node: unit,
      title: 'Detailed design',
      firstVerb: 'written',
      fields: { design: input.design, interfaces: input.interfaces },
      before: repo.unitDesigns().find((d) => d.unitId === unit.id) ?? null,
      refuse: (f) => (f.design ? null : new CairnError('invalid_input', 'Describe how the unit works: its responsibilities, data, algorithms and error handling.', 'design')),
      save: (f) => repo.setUnitDesign({ unitId: unit.id, ...f, updatedAt: ctx.now(), updatedBy: ctx.user.id }),
      clear: () => repo.clearUnitDesign(unit.id),
    });
    return architectureView(ctx.project);
  },
};
