import type { SoftwareKind } from '../../../shared/api/software-types';
import type { Handlers } from '../context';
import { CairnError } from '../errors';
import { softwareTree } from '../software/software-tree';
import { requireAuthor } from './require-author';
import { nodeOrThrow } from '../software/software-lookup';

type SoftwareHandlers = Pick<Handlers, 'software.tree' | 'software.add' | 'software.update' | 'software.remove'>;

/** What may sit below what: items below systems or items, units below items (IEC 62304 decomposition). */
const ALLOWED_PARENTS: Record<SoftwareKind, SoftwareKind[]> = { system: [], item: ['system', 'item'], unit: ['item'] };

export const softwareHandlers: SoftwareHandlers = {
  'software.tree': (_input, ctx) => softwareTree(ctx.project.software),

  'software.add': (input, ctx) => {
    requireAuthor(ctx, 'change the software structure');
    const parent = input.parentId === null ? null : nodeOrThrow(ctx, input.parentId, 'parentId');
    const allowed = ALLOWED_PARENTS[input.kind];
    if (input.kind === 'system' && parent) throw new CairnError('invalid_input', 'A software system is a top-level node: give it no parent.', 'parentId');
    if (input.kind !== 'system' && (!parent || !allowed.includes(parent.kind))) {
      throw new CairnError('invalid_input', `A ${input.kind} belongs below ${allowed.map((k) => `a ${k}`).join(' or ')}.`, 'parentId');
    }
    const node = ctx.project.software.insert({ parentId: parent?.id ?? null, kind: input.kind, name: input.name, description: input.description, createdAt: ctx.now() });
    ctx.audit({
      action: 'create',
      entity: 'software_item',
      entityId: node.humanId,
      summary: `${node.humanId} "${node.name}" added${parent ? ` under ${parent.humanId}` : ''}`,
      after: node,
    });
    return softwareTree(ctx.project.software);
  },

  'software.update': (input, ctx) => {
    requireAuthor(ctx, 'change the software structure');
    const node = nodeOrThrow(ctx, input.id);
    const next = { name: input.name ?? node.name, description: input.description ?? node.description };
    if (next.name === node.name && next.description === node.description) throw new CairnError('invalid_input', 'Nothing to change.');
    ctx.project.software.update(node.id, next);
    const suspect = ctx.project.trace.markSuspect({ type: 'software_item', id: node.id }, `${node.humanId} was renamed or re-described`, ctx.now());
    ctx.audit({
      action: 'update',
      entity: 'software_item',
      entityId: node.humanId,
      summary: `${node.humanId} renamed or re-described${suspect > 0 ? `; ${suspect} trace link(s) now suspect` : ''}`,
      before: { name: node.name, description: node.description },
      after: next,
    });
    return softwareTree(ctx.project.software);
  },

  'software.remove': (input, ctx) => {
    requireAuthor(ctx, 'change the software structure');
    const node = nodeOrThrow(ctx, input.id);
    if (ctx.project.software.childCount(node.id) > 0) throw new CairnError('conflict', `${node.humanId} has items below it; remove those first.`, 'id');
    if (ctx.project.software.hasClassificationRecords(node.id)) {
      throw new CairnError('conflict', `${node.humanId} has classification decisions on record; they are part of the risk management file and keep it in place.`, 'id');
    }
    if (ctx.project.architecture.mentionsSoftware(node.id)) {
      throw new CairnError('conflict', `${node.humanId} has interfaces, a segregation measure or a unit design in the architecture; remove those first.`, 'id');
    }
    if (ctx.project.reviews.namesUnit(node.id)) {
      throw new CairnError('conflict', `${node.humanId} has signed unit verification records; they are verification evidence and keep it in place.`, 'id');
    }
    const chains = ctx.project.risk.chains.chainsCausedBy(node.id);
    if (chains.length > 0) {
      throw new CairnError('conflict', `${node.humanId} is named as a cause in the risk analysis (${chains.join(', ')}); take it out of those chains first.`, 'id');
    }
    const links = ctx.project.trace.forget({ type: 'software_item', id: node.id });
    ctx.project.software.remove(node.id);
    ctx.audit({
      action: 'delete',
      entity: 'software_item',
      entityId: node.humanId,
      summary: `${node.humanId} "${node.name}" removed${links.length > 0 ? ` with its ${links.length} trace link(s)` : ''}`,
      before: { ...node, links: links.map((l) => ({ from: l.from, to: l.to })) },
    });
    return softwareTree(ctx.project.software);
  },
};
