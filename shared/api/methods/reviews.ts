import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { REVIEW_ANSWERS, REVIEW_KINDS, REVIEW_RESULTS } from '../../reviews/checklists';
import { method } from '../method';
import type { ReviewRecord } from '../review-types';

const prose = z.string().trim().max(LIMITS.text, `At most ${LIMITS.text} characters.`);

/** Verification checklists (requirements 5.2.6, architecture 5.3.6, detailed design 5.4.4), recorded with their result. */
export const reviewMethods = {
  'reviews.list': method<ReviewRecord[]>()({
    input: z.strictObject({ kind: z.enum(REVIEW_KINDS).optional() }),
    kind: 'query',
    access: 'user',
    doc: 'Recorded verification checklists, newest first, optionally of one kind.',
  }),
  'reviews.record': method<ReviewRecord>()({
    input: z.strictObject({
      kind: z.enum(REVIEW_KINDS),
      scope: prose.default(''),
      answers: z.array(z.strictObject({ question: z.string().trim().min(1).max(LIMITS.name), answer: z.enum(REVIEW_ANSWERS), note: prose.default('') })).max(50),
      result: z.enum(REVIEW_RESULTS),
      findings: prose.default(''),
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Records a verification checklist answered by the signed-in person, with its result and findings.',
  }),
} as const;
