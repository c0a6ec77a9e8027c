import type { ProblemRecord } from '../../../shared/api/problems-types';
import type { HandlerContext } from '../context';
import { CairnError } from '../errors';

/** The problem report a request names, or a not_found error on the field that named it. */
export function problemOrThrow(ctx: HandlerContext, id: number, field = 'id'): ProblemRecord {
  const row = ctx.project.problems.byId(id);
  if (!row) throw new CairnError('not_found', `There is no problem report with id ${id}.`, field);
  return row;
}
