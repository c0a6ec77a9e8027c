import type { HandlerContext } from '../context';
import { CairnError } from '../errors';
import type { CaseRow } from './test-cases-repo';

/** The test case a request names, or a not_found error on the field that named it. */
export function caseOrThrow(ctx: HandlerContext, id: number, field = 'id'): CaseRow {
  const row = ctx.project.tests.cases.byId(id);
  if (!row) throw new CairnError('not_found', `There is no test case with id ${id}.`, field);
  return row;
}
