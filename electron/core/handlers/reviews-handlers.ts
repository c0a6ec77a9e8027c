import { CHECKLISTS, checkReview, REVIEW_RESULT_LABELS } from '../../../shared/reviews/checklists';
import type { Handlers } from '../context';
import { CairnError } from '../errors';

type ReviewHandlers = Pick<Handlers, 'reviews.list' | 'reviews.record'>;

export const reviewsHandlers: ReviewHandlers = {
  'reviews.list': (input, ctx) => ctx.project.reviews.list(input.kind),

  // Any signed-in role may record a review: reviewers most of all, but a solo founder reviews their own work too.
  'reviews.record': (input, ctx) => {
    const problem = checkReview(input.kind, input.answers, input.result, input.findings);
    if (problem) throw new CairnError('invalid_input', problem.message, problem.field);
    const checklist = CHECKLISTS[input.kind];
    // Stored in the checklist's order, each with the wording the reviewer saw.
    const answers = checklist.questions.map((q) => {
      const given = input.answers.find((a) => a.question === q.key);
      return { question: q.key, text: q.text, answer: given?.answer ?? 'yes', note: given?.note.trim() ?? '' };
    });
    const record = ctx.project.reviews.insert({
      kind: input.kind,
      scope: input.scope,
      answers,
      result: input.result,
      findings: input.findings,
      reviewerId: ctx.user.id,
      reviewerName: ctx.user.name,
      recordedAt: ctx.now(),
    });
    ctx.audit({
      action: 'review',
      entity: 'review_record',
      entityId: record.humanId,
      summary: `${record.humanId}: ${checklist.title} (${checklist.clause}) ${REVIEW_RESULT_LABELS[record.result].toLowerCase()}`,
      after: record,
    });
    return record;
  },
};
