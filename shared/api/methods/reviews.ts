import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { REVIEW_ANSWERS, REVIEW_KINDS, REVIEW_RESULTS } from '../../reviews/checklists';
import { UNIT_CHECK_KINDS, UNIT_CHECK_OUTCOMES } from '../../reviews/unit-checks';
import { field, method } from '../method';
import type { SignedReview } from '../reviews-types';

const prose = z.string().trim().max(LIMITS.text, `At most ${LIMITS.text} characters.`);
const percent = z.number().min(0, 'At least 0%.').max(100, 'At most 100%.').nullable().default(null);

/** What a unit verification adds to its checklist (5.5.5): the unit, the revision, the checks, the anomalies. */
const unitInput = z.strictObject({
  unitId: field.id,
  changeRef: field.text(LIMITS.name),
  checks: z
    .array(
      z.strictObject({
        check: z.enum(UNIT_CHECK_KINDS),
        outcome: z.enum(UNIT_CHECK_OUTCOMES),
        tool: prose.default(''),
        detail: prose.default(''),
        measuredPercent: percent,
        requiredPercent: percent,
      }),
    )
    .max(UNIT_CHECK_KINDS.length),
  anomalies: z.array(field.text(LIMITS.name)).max(100).default([]),
});

/** Verification records: requirements (5.2.6), architecture (5.3.6), detailed design (5.4.4) and unit verification (5.5.5), each e-signed. */
export const reviewMethods = {
  'reviews.list': method<SignedReview[]>()({
    input: z.strictObject({ kind: z.enum(REVIEW_KINDS).optional() }),
    kind: 'query',
    access: 'user',
    doc: 'Recorded verification checklists, newest first, optionally of one kind, each with its signatures.',
  }),
  'reviews.record': method<SignedReview>()({
    input: z.strictObject({
      kind: z.enum(REVIEW_KINDS),
      scope: prose.default(''),
      answers: z.array(z.strictObject({ question: z.string().trim().min(1).max(LIMITS.name), answer: z.enum(REVIEW_ANSWERS), note: prose.default('') })).max(50),
      result: z.enum(REVIEW_RESULTS),
      findings: prose.default(''),
      unit: unitInput.optional(),
      password: field.password,
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Records a verification checklist answered by the signed-in person, with its result and findings, and signs it as reviewed with their password.',
  }),
} as const;
