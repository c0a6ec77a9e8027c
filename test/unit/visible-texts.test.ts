import { describe, expect, it } from 'vitest';
import { decideSafetyClass, WORST_HARMS, type ClassificationAnswers } from '../../shared/regulatory/classification';
import { checkExternalControls, checkSituations } from '../../shared/regulatory/external-controls';
import { DECISION_IMPACTS, decideMdrClass, MDR_CLASSES, type MdrAnswers } from '../../shared/regulatory/mdr-class';
import { CAMEL_CASE, visibleTexts } from '../support/visible-texts';

/** Every combination of the given answer values, "not answered" included. */
function combinations<T extends Record<string, readonly unknown[]>>(domains: T): Record<string, unknown>[] {
  return Object.entries(domains).reduce<Record<string, unknown>[]>(
    (all, [key, values]) => all.flatMap((partial) => [partial, ...values.map((v) => ({ ...partial, [key]: v }))]),
    [{}],
  );
}

const camelCaseIn = (texts: { where: string; text: string }[]) => texts.flatMap((t) => (t.text.match(CAMEL_CASE) ?? []).map((word) => `${t.where}: ${word} in "${t.text}"`));

describe('no internal field names in what a person reads', () => {
  it('the texts written in the core, the CLI, the shared rules and the renderer name no identifier', () => {
    const texts = visibleTexts(process.cwd(), ['electron/core', 'electron/cli', 'shared', 'renderer/src']);
    // The scanner must be finding the texts it is meant to: a handful of known ones prove it looks in each place.
    expect(texts.length).toBeGreaterThan(1000);
    expect(texts.some((t) => t.where.startsWith('renderer/') && t.text.includes('Save classification'))).toBe(true);
    expect(texts.some((t) => t.where.startsWith('electron/core/') && t.text.includes('There is no change request with id'))).toBe(true);
    expect(camelCaseIn(texts)).toEqual([]);
  });

  it('finds an identifier when one is there', () => {
    expect(camelCaseIn([{ where: 'x', text: 'Contradicts riskAcceptableWithExternalControls = false' }])).toEqual([
      'x: riskAcceptableWithExternalControls in "Contradicts riskAcceptableWithExternalControls = false"',
    ]);
    expect(camelCaseIn([{ where: 'x', text: 'The risk is not acceptable; IEC 62304 does not apply.' }])).toEqual([]);
  });

  it('every refusal of the classification and MDR rules, whatever the answers, is in words', () => {
    const messages: { where: string; text: string }[] = [];
    const keep = (where: string, d: { ok: boolean; problem?: { message: string } }) => {
      if (!d.ok && d.problem) messages.push({ where, text: d.problem.message });
    };
    const yesNo = [true, false] as const;
    for (const answers of combinations({ contributesToHazardousSituation: yesNo, riskAcceptableWithExternalControls: yesNo, worstHarm: WORST_HARMS })) {
      const a = answers as ClassificationAnswers;
      keep('62304', decideSafetyClass(a));
      keep('situations', checkSituations(a, [1, 1]));
      keep('controls', checkExternalControls(a, []));
      keep('controls', checkExternalControls(a, [{ control: '', independence: '' }]));
    }
    const mdr = combinations({
      isMedicalDeviceSoftware: yesNo,
      drivesOrInfluencesHardware: yesNo,
      hardwareClass: MDR_CLASSES,
      informsDiagnosisOrTherapyDecisions: yesNo,
      worstDecisionImpact: DECISION_IMPACTS,
      monitorsPhysiologicalProcesses: yesNo,
      vitalParametersImmediateDanger: yesNo,
    });
    for (const answers of mdr) keep('mdr', decideMdrClass(answers as MdrAnswers));
    expect(messages.length).toBeGreaterThan(100);
    expect(camelCaseIn(messages)).toEqual([]);
  });
});
