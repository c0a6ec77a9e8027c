import { describe, expect, it } from 'vitest';
import { EU_SIGNIFICANCE } from '../../shared/changes/eu-significance';
import { answersUsed, walk } from '../../shared/changes/significance-walk';
import { US_SIGNIFICANCE } from '../../shared/changes/us-significance';

const allNo = (ids: readonly { id: string }[]) => Object.fromEntries(ids.map((q) => [q.id, false]));

describe('EU significance walk (MDCG 2020-3)', () => {
  it('asks the administrative question first, then charts A, B and C in order', () => {
    expect(EU_SIGNIFICANCE.questions.map((q) => q.id)).toEqual(['admin', 'A1', 'A2', 'B1', 'B2', 'B3', 'B4', 'C1', 'C2', 'C3', 'C4', 'C5']);
    const first = walk(EU_SIGNIFICANCE, {});
    expect(first).toMatchObject({ complete: false, next: { id: 'admin' }, asked: [] });
  });

  it('stops at an administrative-only change as not significant', () => {
    const result = walk(EU_SIGNIFICANCE, { admin: true, A1: true });
    expect(result).toMatchObject({ complete: true, outcome: 'not-significant' });
    if (result.complete) expect(result.deciding.map((q) => q.id)).toEqual(['admin']);
  });

  it('stops at the first yes in a chart as significant and names that question', () => {
    const result = walk(EU_SIGNIFICANCE, { admin: false, A1: false, A2: false, B1: false, B2: false, B3: true });
    expect(result).toMatchObject({ complete: true, outcome: 'significant' });
    if (result.complete) {
      expect(result.deciding.map((q) => q.id)).toEqual(['B3']);
      expect(result.asked.map((q) => q.id)).toEqual(['admin', 'A1', 'A2', 'B1', 'B2', 'B3']);
    }
  });

  it('asks the next unanswered question while the walk is open', () => {
    expect(walk(EU_SIGNIFICANCE, { admin: false, A1: false })).toMatchObject({ complete: false, next: { id: 'A2', group: 'Chart A: intended purpose' } });
  });

  it('is not significant when every question is answered no, and all of them decided it', () => {
    const result = walk(EU_SIGNIFICANCE, allNo(EU_SIGNIFICANCE.questions));
    expect(result).toMatchObject({ complete: true, outcome: 'not-significant' });
    if (result.complete) expect(result.deciding).toHaveLength(EU_SIGNIFICANCE.questions.length);
  });

  it('keeps only the answers the walk used', () => {
    expect(answersUsed(EU_SIGNIFICANCE, { admin: false, A1: true, C5: true })).toEqual({ admin: false, A1: true });
  });

  it('gives every question its own words and help', () => {
    for (const q of [...EU_SIGNIFICANCE.questions, ...US_SIGNIFICANCE.questions]) {
      expect(q.text).toMatch(/\?$/);
      expect(q.help.length).toBeGreaterThan(40);
    }
    const ids = [...EU_SIGNIFICANCE.questions, ...US_SIGNIFICANCE.questions].map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('US significance walk (FDA software-change questions)', () => {
  it('ends at document only when the change is cybersecurity only, before the risk questions', () => {
    const result = walk(US_SIGNIFICANCE, { US1: true, US3: true });
    expect(result).toMatchObject({ complete: true, outcome: 'document-only', deciding: [{ id: 'US1' }] });
  });

  it('ends at document only when the change only restores the cleared specification', () => {
    expect(walk(US_SIGNIFICANCE, { US1: false, US2: true })).toMatchObject({ complete: true, outcome: 'document-only', deciding: [{ id: 'US2' }] });
  });

  it.each(['US3', 'US4', 'US5'])('needs a new submission when %s is yes', (id) => {
    const answers = { ...allNo(US_SIGNIFICANCE.questions), [id]: true };
    expect(walk(US_SIGNIFICANCE, answers)).toMatchObject({ complete: true, outcome: 'new-submission', deciding: [{ id }] });
  });

  it('is document only when all five are no', () => {
    expect(walk(US_SIGNIFICANCE, allNo(US_SIGNIFICANCE.questions))).toMatchObject({ complete: true, outcome: 'document-only' });
  });
});
