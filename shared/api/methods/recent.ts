import { z } from 'zod';
import { field, method } from '../method';
import type { RecentProject } from '../recent-types';

/** The projects opened recently on this computer. */
export const recentMethods = {
  'recent.list': method<RecentProject[]>()({
    input: field.none,
    kind: 'query',
    access: 'anyone',
    doc: 'Projects opened recently on this computer, newest first.',
  }),
  'recent.forget': method<RecentProject[]>()({
    input: z.object({ path: field.path }).strict(),
    kind: 'app',
    access: 'anyone',
    doc: 'Removes a project from the recent list (the file itself is left alone).',
  }),
} as const;
