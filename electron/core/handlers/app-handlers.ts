import type { Handlers } from '../context';
import { statusOf } from './session-helpers';

type AppHandlers = Pick<Handlers, 'app.status' | 'recent.list' | 'recent.forget'>;

export const appHandlers: AppHandlers = {
  'app.status': (_input, ctx) => statusOf(ctx),
  'recent.list': (_input, ctx) => ctx.recent.list(),
  'recent.forget': (input, ctx) => {
    ctx.recent.forget(input.path);
    return ctx.recent.list();
  },
};
