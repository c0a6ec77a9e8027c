import { isKnownElement } from '../../../shared/technical-file/elements';
import type { Handlers } from '../context';
import { CairnError } from '../errors';
import { technicalFileIndexView } from '../technical-file/technical-file-index';
import { requireAuthor } from './require-author';

type TechnicalFileHandlers = Pick<Handlers, 'technicalFile.index' | 'technicalFile.setReference' | 'technicalFile.removeReference'>;

function knownElement(id: string): string {
  if (!isKnownElement(id)) throw new CairnError('not_found', `There is no technical file element "${id}"; the technical file’s index lists them.`, 'element');
  return id;
}

export const technicalFileHandlers: TechnicalFileHandlers = {
  'technicalFile.index': (_input, ctx) => technicalFileIndexView(ctx.project),

  'technicalFile.setReference': (input, ctx) => {
    requireAuthor(ctx, 'record where a technical file element is kept');
    const element = knownElement(input.element);
    const before = ctx.project.technicalFileReferences.of(element);
    if (before?.reference === input.reference) throw new CairnError('invalid_input', 'Nothing to change: the element already has this reference.', 'reference');
    ctx.project.technicalFileReferences.set({ element, reference: input.reference, updatedAt: ctx.now(), updatedBy: ctx.user.id });
    ctx.audit({
      action: before ? 'update' : 'create',
      entity: 'technical_file_reference',
      entityId: element,
      summary: `Technical file element ${element} kept outside Cairn: ${input.reference}`,
      ...(before ? { before: { reference: before.reference } } : {}),
      after: { reference: input.reference },
    });
    return technicalFileIndexView(ctx.project);
  },

  'technicalFile.removeReference': (input, ctx) => {
    requireAuthor(ctx, 'remove where a technical file element is kept');
    const element = knownElement(input.element);
    const before = ctx.project.technicalFileReferences.of(element);
    if (!before) throw new CairnError('not_found', `Technical file element ${element} has no outside-Cairn reference to remove.`, 'element');
    ctx.project.technicalFileReferences.remove(element);
    ctx.audit({
      action: 'delete',
      entity: 'technical_file_reference',
      entityId: element,
      summary: `Technical file element ${element}: outside-Cairn reference "${before.reference}" removed`,
      before: { reference: before.reference },
    });
    return technicalFileIndexView(ctx.project);
  },
};
