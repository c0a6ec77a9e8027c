import type { Handlers } from '../context';
import { walkStatus } from '../walk/walk-evidence';

export const walkHandlers: Pick<Handlers, 'walk.status'> = {
  'walk.status': (_input, ctx) => walkStatus(ctx.project),
};
