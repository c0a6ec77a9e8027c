import { field, method } from '../method';
import type { WalkStatus } from '../walk-types';

/** The walk through the life cycle: each stage's state from the records. */
export const walkMethods = {
  'walk.status': method<WalkStatus>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'Each stage of the life cycle in the order the work is done, with its state from the records, the reason in words, the next action and what the class asks.',
  }),
} as const;
