import type { Handlers } from '../context';

type RecentHandlers = Pick<Handlers, 'recent.list' | 'recent.forget'>;

export const recentHandlers: RecentHandlers = {
  'recent.list': (_input, ctx) => ctx.recent.list(),
  'recent.forget': (input, ctx) => {
    ctx.recent.forget(input.path);
    return ctx.recent.list();
  },
};
