import { annexAApplicability } from '../../../shared/regulatory/annex-a';
import { decideSafetyClass, type ClassificationAnswers } from '../../../shared/regulatory/classification';
import type { SafetyClass } from '../../../shared/regulatory/safety-class';
import { runStep, type ValidationStep } from './validation-step';

/** The rules under test; a test hands in a broken one to prove the scenario notices. */
export interface ClassificationRules {
  decide: typeof decideSafetyClass;
  applicability: typeof annexAApplicability;
}

export const SHIPPED_CLASSIFICATION_RULES: ClassificationRules = { decide: decideSafetyClass, applicability: annexAApplicability };

/**
 * Every path through the IEC 62304 4.3 flowchart with the class it must give, fixed here in advance;
 * `null` marks answers the rule must refuse (missing or contradictory).
 */
export const CLASSIFICATION_CASES: readonly { answers: ClassificationAnswers; expected: SafetyClass | null }[] = [
  { answers: { contributesToHazardousSituation: false }, expected: 'A' },
  { answers: { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: true }, expected: 'A' },
  { answers: { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false, worstHarm: 'non-serious-injury' }, expected: 'B' },
  { answers: { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false, worstHarm: 'serious-injury' }, expected: 'C' },
  { answers: { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false, worstHarm: 'death' }, expected: 'C' },
  { answers: { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false, worstHarm: 'none' }, expected: null },
  { answers: { contributesToHazardousSituation: false, riskAcceptableWithExternalControls: false }, expected: null },
  { answers: {}, expected: null },
];

/** Table A.1 of IEC 62304:2006+A1:2015: how many active sub-clauses apply per class, and which B leaves out. */
export const ANNEX_A_EXPECTED = {
  total: 91,
  applying: { A: 50, B: 85, C: 91 } as Record<SafetyClass, number>,
  notForB: ['5.1.4', '5.3.5', '5.4.2', '5.4.3', '5.4.4', '5.5.4'],
  /** Sub-clauses class A leaves out, as spot checks across the clauses. */
  notForA: ['5.1.4', '5.1.5', '5.2.3', '5.3.1', '5.4.1', '5.5.2', '5.6.1', '5.8.3', '7.1.1', '7.4.2'],
} as const;

function show(expected: SafetyClass | null): string {
  return expected ?? 'refused';
}

export function classificationScenario(rules: ClassificationRules = SHIPPED_CLASSIFICATION_RULES): Promise<ValidationStep> {
  return runStep(
    'OQ-01',
    'IEC 62304 4.3 safety classification decision table',
    `All ${CLASSIFICATION_CASES.length} paths of the decision table give the expected class or refusal.`,
    (step) => {
      step.input('cases', CLASSIFICATION_CASES);
      const got = CLASSIFICATION_CASES.map(({ answers, expected }) => {
        const decision = rules.decide(answers);
        const actual = decision.ok ? decision.value.class : null;
        step.expect(actual === expected, `answers ${JSON.stringify(answers)} gave ${show(actual)}, expected ${show(expected)}`);
        return show(actual);
      });
      step.output('classes', got);
    },
  );
}

export function annexAScenario(rules: ClassificationRules = SHIPPED_CLASSIFICATION_RULES): Promise<ValidationStep> {
  return runStep(
    'OQ-02',
    'IEC 62304 Annex A applicability for classes A, B and C',
    `Of ${ANNEX_A_EXPECTED.total} sub-clauses, ${ANNEX_A_EXPECTED.applying.A} apply to class A, ${ANNEX_A_EXPECTED.applying.B} to B and all ${ANNEX_A_EXPECTED.applying.C} to C, as Table A.1 says.`,
    (step) => {
      step.input('expected', ANNEX_A_EXPECTED);
      const outputs: Record<string, string[]> = {};
      const leftOut: Record<string, string[]> = {};
      for (const safetyClass of ['A', 'B', 'C'] as const) {
        const rows = rules.applicability(safetyClass);
        const applying = rows.filter((row) => row.applies).map((row) => row.clause);
        outputs[safetyClass] = applying;
        leftOut[safetyClass] = rows.filter((row) => !row.applies).map((row) => row.clause);
        step.expect(rows.length === ANNEX_A_EXPECTED.total, `class ${safetyClass}: ${rows.length} sub-clauses listed, expected ${ANNEX_A_EXPECTED.total}`);
        step.expect(
          applying.length === ANNEX_A_EXPECTED.applying[safetyClass],
          `class ${safetyClass}: ${applying.length} sub-clauses apply, expected ${ANNEX_A_EXPECTED.applying[safetyClass]}`,
        );
      }
      const notForB = leftOut.B ?? [];
      step.expect(
        notForB.join(' ') === ANNEX_A_EXPECTED.notForB.join(' '),
        `class B leaves out ${notForB.join(', ') || 'nothing'}, expected ${ANNEX_A_EXPECTED.notForB.join(', ')}`,
      );
      const wronglyForA = ANNEX_A_EXPECTED.notForA.filter((clause) => (outputs.A ?? []).includes(clause));
      step.expect(wronglyForA.length === 0, `class A wrongly requires ${wronglyForA.join(', ')}`);
      step.output('applying', outputs);
    },
  );
}
