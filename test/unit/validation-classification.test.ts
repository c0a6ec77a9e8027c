import { describe, expect, it } from 'vitest';
import { annexAScenario, classificationScenario, SHIPPED_CLASSIFICATION_RULES } from '../../electron/core/validation/oq-classification';
import { annexAApplicability } from '../../shared/regulatory/annex-a';

describe('[TC-1] OQ-01 classification decision table', () => {
  it('passes with the shipped rule', async () => {
    const step = await classificationScenario();
    expect(step.result, step.detail).toBe('passed');
  });

  it('fails, naming the answers, when one entry of the table is changed (serious injury gives B)', async () => {
    const step = await classificationScenario({
      ...SHIPPED_CLASSIFICATION_RULES,
      decide: (answers) => {
        const decision = SHIPPED_CLASSIFICATION_RULES.decide(answers);
        return answers.worstHarm === 'serious-injury' && decision.ok ? { ok: true, value: { ...decision.value, class: 'B' } } : decision;
      },
    });
    expect(step.result).toBe('failed');
    expect(step.detail).toContain('"worstHarm":"serious-injury"} gave B, expected C');
  });

  it('fails when the rule accepts contradictory answers', async () => {
    const step = await classificationScenario({
      ...SHIPPED_CLASSIFICATION_RULES,
      decide: (answers) => ({ ok: true, value: { class: 'A', rationale: `${JSON.stringify(answers)}` } }),
    });
    expect(step.result).toBe('failed');
    expect(step.detail).toContain('gave A, expected refused');
  });
});

describe('[TC-2] OQ-02 Annex A applicability', () => {
  it('passes with the shipped table', async () => {
    const step = await annexAScenario();
    expect(step.result, step.detail).toBe('passed');
  });

  it('fails when one sub-clause of the table applies to a class it should not (5.1.4 for B)', async () => {
    const step = await annexAScenario({
      ...SHIPPED_CLASSIFICATION_RULES,
      applicability: (safetyClass) => annexAApplicability(safetyClass).map((row) => (row.clause === '5.1.4' && safetyClass === 'B' ? { ...row, applies: true } : row)),
    });
    expect(step.result).toBe('failed');
    expect(step.detail).toContain('class B: 86 sub-clauses apply, expected 85');
    expect(step.detail).toContain('class B leaves out 5.3.5');
  });

  it('fails when a class A project would skip a sub-clause it needs', async () => {
    const step = await annexAScenario({
      ...SHIPPED_CLASSIFICATION_RULES,
      applicability: (safetyClass) => annexAApplicability(safetyClass).map((row) => (row.clause === '5.1.1' ? { ...row, applies: false } : row)),
    });
    expect(step.result).toBe('failed');
    expect(step.detail).toContain('class A: 49 sub-clauses apply, expected 50');
  });
});
