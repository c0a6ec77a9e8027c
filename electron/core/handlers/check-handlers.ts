import { runCheck } from '../../../shared/check/run-check';
import { checkFacts } from '../check/check-facts';
import type { Handlers } from '../context';

type CheckHandlers = Pick<Handlers, 'check.run'>;

export const checkHandlers: CheckHandlers = {
  'check.run': (_input, ctx) => runCheck(checkFacts(ctx.project)),
};
