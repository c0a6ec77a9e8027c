import type { Handlers } from '../context';
import { statusOf } from './session-helpers';

type AppHandlers = Pick<Handlers, 'app.status'>;

export const appHandlers: AppHandlers = {
  'app.status': (_input, ctx) => statusOf(ctx),
};
