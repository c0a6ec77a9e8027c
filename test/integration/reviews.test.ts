import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHECKLISTS } from '../../shared/reviews/checklists';
import { CoreFixture } from './core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
});
afterEach(() => f.dispose());

const answersOf = (kind: keyof typeof CHECKLISTS) => CHECKLISTS[kind].questions.map((q) => ({ question: q.key, answer: 'yes' as const }));

describe('review records', () => {
  it('records a checklist with the questions as asked, the reviewer and the time, newest first', async () => {
    const first = await f.ok('reviews.record', { kind: 'requirements', scope: 'SRS draft 1', answers: answersOf('requirements'), result: 'passed' });
    expect(first).toMatchObject({ humanId: 'REV-1', kind: 'requirements', result: 'passed', reviewerName: 'Ada Owner', recordedAt: '2026-01-01T00:00:01.000Z' });
    expect(first.answers.map((a) => a.text)).toEqual(CHECKLISTS.requirements.questions.map((q) => q.text));
    const answers = answersOf('architecture').map((a, i) => (i === 1 ? { ...a, answer: 'no' as const, note: 'The BLE link has no timing.' } : a));
    await f.ok('reviews.record', { kind: 'architecture', answers, result: 'passed-with-obligations', findings: 'Add timing to the BLE interface.' });
    expect((await f.ok('reviews.list', {})).map((r) => r.humanId)).toEqual(['REV-2', 'REV-1']);
    expect((await f.ok('reviews.list', { kind: 'architecture' }))[0]?.answers[1]).toMatchObject({ answer: 'no', note: 'The BLE link has no timing.' });
    const { rows } = await f.ok('audit.list', { filter: { entity: 'review_record' } });
    expect(rows.map((r) => r.summary)).toEqual([
      'REV-2: Software architecture verification (5.3.6) passed with obligations',
      'REV-1: Software requirements verification (5.2.6) passed',
    ]);
  });

  it('refuses an incomplete or inconsistent checklist and writes nothing', async () => {
    const before = await f.auditCount();
    const error = await f.fails('reviews.record', { kind: 'detailed-design', answers: answersOf('detailed-design').slice(0, 2), result: 'passed' });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'answers' });
    expect((await f.fails('reviews.record', { kind: 'requirements', answers: answersOf('requirements'), result: 'failed' })).field).toBe('findings');
    expect(await f.auditCount()).toBe(before);
    expect(await f.ok('reviews.list', {})).toEqual([]);
  });
});
