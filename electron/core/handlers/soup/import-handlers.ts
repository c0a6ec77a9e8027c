import type { Handlers } from '../../context';
import { CairnError } from '../../errors';
import { applyPlan, planImport } from '../../soup/soup-import';
import { requireAuthor } from '../require-author';

type SoupImportHandlers = Pick<Handlers, 'soup.previewImport' | 'soup.applyImport'>;

export const soupImportHandlers: SoupImportHandlers = {
  'soup.previewImport': (input, ctx) => planImport(ctx.project, input.content, input.source).preview,

  'soup.applyImport': (input, ctx) => {
    requireAuthor(ctx, 'import SOUP');
    const plan = planImport(ctx.project, input.content, input.source);
    if (plan.preview.token !== input.token) {
      throw new CairnError('conflict', 'The file or the SOUP list changed since the preview: preview the import again and check the differences.', 'token');
    }
    return applyPlan(ctx.project, plan, ctx.now(), (entry) => ctx.audit(entry));
  },
};
