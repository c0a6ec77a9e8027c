import { field, method } from '../method';
import type { AppStatus } from '../types';

/** The app itself: its version and what is open. */
export const appMethods = {
  'app.status': method<AppStatus>()({
    input: field.none,
    kind: 'query',
    access: 'anyone',
    doc: 'The app version, the open project and the signed-in user, if any.',
  }),
} as const;
