import { describe, expect, it } from 'vitest';
import { CHECKLISTS, checkReview, REVIEW_KINDS, type ReviewAnswerInput, type ReviewKind } from '../../shared/reviews/checklists';

const allYes = (kind: ReviewKind): ReviewAnswerInput[] => CHECKLISTS[kind].questions.map((q) => ({ question: q.key, answer: 'yes', note: '' }));

describe('verification checklists', () => {
  it('has unique question keys per kind, and the 5.2.6 checklist covers the six properties', () => {
    for (const kind of REVIEW_KINDS) {
      const keys = CHECKLISTS[kind].questions.map((q) => q.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect(CHECKLISTS.requirements.questions.map((q) => q.key)).toEqual(['implements-system', 'no-contradictions', 'unambiguous', 'testable', 'unique-ids', 'traceable']);
  });

  it('accepts a complete checklist that passes', () => {
    for (const kind of REVIEW_KINDS) expect(checkReview(kind, allYes(kind), 'passed', '')).toBeNull();
  });

  it('refuses missing, unknown and repeated answers', () => {
    expect(checkReview('requirements', allYes('requirements').slice(1), 'passed', '')).toMatchObject({ field: 'answers' });
    expect(checkReview('architecture', [...allYes('architecture'), { question: 'nope', answer: 'yes', note: '' }], 'passed', '')?.field).toBe('answers.4.question');
    const twice = [...allYes('detailed-design'), { question: 'implements-architecture', answer: 'yes' as const, note: '' }];
    expect(checkReview('detailed-design', twice, 'passed', '')?.message).toMatch(/twice/);
  });

  it('needs a reason for "no" and "not applicable", findings unless passed, and no pass over a "no"', () => {
    const answers = allYes('requirements');
    answers[2] = { question: 'unambiguous', answer: 'no', note: '' };
    expect(checkReview('requirements', answers, 'failed', 'x')).toEqual({ field: 'answers.2.note', message: 'Say what is wrong.' });
    answers[2] = { question: 'unambiguous', answer: 'no', note: 'REQ-4 says "quickly".' };
    expect(checkReview('requirements', answers, 'passed', '')?.field).toBe('result');
    expect(checkReview('requirements', answers, 'passed-with-obligations', ' ')?.field).toBe('findings');
    expect(checkReview('requirements', answers, 'passed-with-obligations', 'Reword REQ-4 before release.')).toBeNull();
    const na = allYes('architecture');
    na[3] = { question: 'segregation-effective', answer: 'not-applicable', note: '' };
    expect(checkReview('architecture', na, 'passed', '')?.message).toMatch(/why/);
  });
});
