import type { HandlerContext } from '../context';
import { CairnError } from '../errors';
import type { SoftwareRow } from './software-repo';

/** The software system, item or unit a request names, or a not_found error on the field that named it. */
export function nodeOrThrow(ctx: HandlerContext, id: number, field = 'id'): SoftwareRow {
  const node = ctx.project.software.byId(id);
  if (!node) throw new CairnError('not_found', `There is no software system, item or unit with id ${id}.`, field);
  return node;
}
