import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHECKLISTS, questionsFor } from '../../shared/reviews/checklists';
import { CoreFixture, OWNER } from './core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
});
afterEach(() => f.dispose());

const password = OWNER.password;
const answersOf = (kind: keyof typeof CHECKLISTS, unitClass: 'B' | 'C' | null = null) => questionsFor(kind, unitClass).map((q) => ({ question: q.key, answer: 'yes' as const }));
const CHECKS = [
  { check: 'code-review' as const, outcome: 'passed' as const, tool: 'Pull request review' },
  { check: 'unit-tests' as const, outcome: 'passed' as const, detail: '48 of 48 passed' },
  { check: 'coverage' as const, outcome: 'passed' as const, measuredPercent: 94, requiredPercent: 90 },
];

/** A system with one item and one unit below it; unclassified, so both count as class C. */
async function tree() {
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'Spirometry app' });
  await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Measurement engine' });
  await f.ok('software.add', { parentId: 2, kind: 'unit', name: 'FEV1 computation' });
}

describe('review records', () => {
  it('records a checklist with the questions as asked, the reviewer and the time, newest first, each signed', async () => {
    const first = await f.ok('reviews.record', { kind: 'requirements', scope: 'SRS draft 1', answers: answersOf('requirements'), result: 'passed', password });
    expect(first).toMatchObject({ humanId: 'REV-1', kind: 'requirements', result: 'passed', reviewerName: 'Ada Owner', recordedAt: '2026-01-01T00:00:01.000Z', unit: null });
    expect(first.answers.map((a) => a.text)).toEqual(CHECKLISTS.requirements.questions.map((q) => q.text));
    expect(first.signatures).toMatchObject([{ meaning: 'reviewed', signerName: 'Ada Owner', current: true }]);
    const answers = answersOf('architecture').map((a, i) => (i === 1 ? { ...a, answer: 'no' as const, note: 'The BLE link has no timing.' } : a));
    await f.ok('reviews.record', { kind: 'architecture', answers, result: 'passed-with-obligations', findings: 'Add timing to the BLE interface.', password });
    const listed = await f.ok('reviews.list', {});
    expect(listed.map((r) => [r.humanId, r.signatures.length, r.signatures[0]?.current])).toEqual([
      ['REV-2', 1, true],
      ['REV-1', 1, true],
    ]);
    expect((await f.ok('reviews.list', { kind: 'architecture' }))[0]?.answers[1]).toMatchObject({ answer: 'no', note: 'The BLE link has no timing.' });
    const { rows } = await f.ok('audit.list', { filter: { entity: 'review_record' } });
    expect(rows.map((r) => r.summary)).toEqual([
      'REV-2 signed by Ada Owner (owner) meaning "reviewed"',
      'REV-2: Software architecture verification (5.3.6) passed with obligations',
      'REV-1 signed by Ada Owner (owner) meaning "reviewed"',
      'REV-1: Software requirements verification (5.2.6) passed',
    ]);
  });

  it('refuses an incomplete or inconsistent checklist and writes nothing', async () => {
    const before = await f.auditCount();
    const error = await f.fails('reviews.record', { kind: 'detailed-design', answers: answersOf('detailed-design').slice(0, 2), result: 'passed', password });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'answers' });
    expect((await f.fails('reviews.record', { kind: 'requirements', answers: answersOf('requirements'), result: 'failed', password })).field).toBe('findings');
    expect(await f.auditCount()).toBe(before);
    expect(await f.ok('reviews.list', {})).toEqual([]);
  });
});

describe('unit verification records (5.5.5)', () => {
  it('records the unit, its class, the revision, the checks and the anomalies, with the class C questions', async () => {
    await tree();
    const unit = { unitId: 3, changeRef: 'a41c9e2 (PR #212)', checks: CHECKS, anomalies: ['PR-4: rounding of FEV1 below 0.5 L'] };
    const record = await f.ok('reviews.record', {
      kind: 'unit-verification',
      scope: 'FEV1 computation 1.2',
      answers: answersOf('unit-verification', 'C'),
      result: 'passed',
      unit,
      password,
    });
    expect(record.unit).toEqual({
      unitId: 3,
      unitClass: 'C',
      changeRef: 'a41c9e2 (PR #212)',
      anomalies: ['PR-4: rounding of FEV1 below 0.5 L'],
      checks: [
        { check: 'code-review', outcome: 'passed', tool: 'Pull request review', detail: '', measuredPercent: null, requiredPercent: null },
        { check: 'unit-tests', outcome: 'passed', tool: '', detail: '48 of 48 passed', measuredPercent: null, requiredPercent: null },
        { check: 'coverage', outcome: 'passed', tool: '', detail: '', measuredPercent: 94, requiredPercent: 90 },
      ],
    });
    expect(record.answers).toHaveLength(13);
    expect((await f.ok('reviews.list', { kind: 'unit-verification' }))[0]?.unit?.changeRef).toBe('a41c9e2 (PR #212)');
    // The record is evidence about the unit: the unit stays in the tree.
    expect(await f.fails('software.remove', { id: 3 })).toMatchObject({ code: 'conflict', message: expect.stringMatching(/unit verification/) });
  });

  it('asks a class B unit the five general questions only', async () => {
    await tree();
    await f.ok('classification.classifySystem', {
      systemId: 1,
      answers: { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false, worstHarm: 'non-serious-injury' },
    });
    const unit = { unitId: 2, changeRef: 'b7d01f3', checks: CHECKS };
    expect(await f.fails('reviews.record', { kind: 'unit-verification', answers: answersOf('unit-verification', 'C'), result: 'passed', unit, password })).toMatchObject({
      field: 'answers.5.question',
    });
    const record = await f.ok('reviews.record', { kind: 'unit-verification', answers: answersOf('unit-verification', 'B'), result: 'passed', unit, password });
    expect(record.unit?.unitClass).toBe('B');
    expect(record.answers.map((a) => a.question)).toEqual(['implements-design', 'coding-rules', 'planned-checks-run', 'criteria-met', 'anomalies-raised']);
  });

  it('refuses a unit verification without a unit, on a system, with failed checks passing, or a unit on another kind', async () => {
    await tree();
    const base = { kind: 'unit-verification', answers: answersOf('unit-verification', 'C'), result: 'passed', password };
    expect(await f.fails('reviews.record', base)).toMatchObject({ code: 'invalid_input', field: 'unit' });
    expect(await f.fails('reviews.record', { ...base, unit: { unitId: 1, changeRef: 'x', checks: CHECKS } })).toMatchObject({ field: 'unit.unitId' });
    expect(await f.fails('reviews.record', { ...base, unit: { unitId: 9, changeRef: 'x', checks: CHECKS } })).toMatchObject({ code: 'not_found', field: 'unit.unitId' });
    const failing = [{ check: 'unit-tests', outcome: 'failed', detail: '1 of 48 failed' }];
    expect(await f.fails('reviews.record', { ...base, unit: { unitId: 3, changeRef: 'x', checks: failing } })).toMatchObject({ field: 'result' });
    expect(await f.fails('reviews.record', { ...base, unit: { unitId: 3, changeRef: '  ', checks: CHECKS } })).toMatchObject({ code: 'invalid_input', field: 'unit.changeRef' });
    expect(
      await f.fails('reviews.record', {
        kind: 'requirements',
        answers: answersOf('requirements'),
        result: 'passed',
        unit: { unitId: 3, changeRef: 'x', checks: CHECKS },
        password,
      }),
    ).toMatchObject({
      field: 'unit',
    });
    expect(await f.ok('reviews.list', {})).toEqual([]);
  });
});
