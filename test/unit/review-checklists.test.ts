import { describe, expect, it } from 'vitest';
import { CHECKLISTS, checkReview, questionsFor, REVIEW_KINDS, type ReviewAnswerInput, type ReviewKind } from '../../shared/reviews/checklists';

const allYes = (kind: ReviewKind, unitClass: 'A' | 'B' | 'C' | null = null): ReviewAnswerInput[] =>
  questionsFor(kind, unitClass).map((q) => ({ question: q.key, answer: 'yes', note: '' }));

describe('verification checklists', () => {
  it('has unique question keys per kind, and the 5.2.6 checklist covers the six properties', () => {
    for (const kind of REVIEW_KINDS) {
      const keys = CHECKLISTS[kind].questions.map((q) => q.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect(CHECKLISTS.requirements.questions.map((q) => q.key)).toEqual(['implements-system', 'no-contradictions', 'unambiguous', 'testable', 'unique-ids', 'traceable']);
  });

  it('accepts a complete checklist that passes', () => {
    for (const kind of REVIEW_KINDS) expect(checkReview(kind, allYes(kind, 'C'), 'passed', '', 'C')).toBeNull();
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

  it('asks the 5.5.4 extra acceptance criteria of class C units only', () => {
    const classC = CHECKLISTS['unit-verification'].questions.filter((q) => q.classCOnly).map((q) => q.key);
    expect(classC).toEqual(['event-sequence', 'data-control-flow', 'resource-allocation', 'fault-handling', 'initialisation', 'self-diagnostics', 'memory', 'boundary-conditions']);
    expect(questionsFor('unit-verification', 'B').some((q) => q.classCOnly)).toBe(false);
    expect(checkReview('unit-verification', allYes('unit-verification', 'B'), 'passed', '', 'B')).toBeNull();
    // A class C unit must answer them; a class B unit must not be asked them.
    expect(checkReview('unit-verification', allYes('unit-verification', 'B'), 'passed', '', 'C')?.message).toMatch(/"Events are handled/);
    expect(checkReview('unit-verification', allYes('unit-verification', 'C'), 'passed', '', 'B')?.message).toBe(
      '"event-sequence" is asked only for class C units; this unit is class B.',
    );
  });
});
