import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../shared/regulatory/answer-schema';
import { FDA_ADVISORY_FLAGS, fdaAnswersSchema, fdaDocumentationLevel } from '../../shared/regulatory/fda-level';

describe('FDA documentation level', () => {
  it('is Enhanced when death or serious injury is probable before risk controls', () => {
    const result = fdaDocumentationLevel({ probableRiskOfDeathOrSeriousInjury: true });
    expect(result).toEqual({ level: 'Enhanced', rationale: expect.stringMatching(/^Enhanced documentation\./), advisories: [] });
    expect(result.rationale).toMatch(/before any risk control measure is credited/);
  });

  it('is Basic otherwise, with no advisories when no flag is set', () => {
    const result = fdaDocumentationLevel({ probableRiskOfDeathOrSeriousInjury: false, combinationProduct: false });
    expect(result).toEqual({ level: 'Basic', rationale: expect.stringMatching(/^Basic documentation\./), advisories: [] });
  });

  it('raises every set flag as an advisory on Basic, in a fixed order, without changing the level', () => {
    const result = fdaDocumentationLevel({ probableRiskOfDeathOrSeriousInjury: false, fdaClassIII: true, combinationProduct: true, bloodDonationOrBecs: true });
    expect(result.level).toBe('Basic');
    expect(result.advisories.map((a) => a.flag)).toEqual([...FDA_ADVISORY_FLAGS]);
    for (const advisory of result.advisories) expect(advisory.message).toMatch(/justify Basic in the submission or choose Enhanced/);
  });

  it('raises no advisory on Enhanced: there is nothing left to justify', () => {
    expect(fdaDocumentationLevel({ probableRiskOfDeathOrSeriousInjury: true, fdaClassIII: true }).advisories).toEqual([]);
  });

  describe('schema', () => {
    it.each([
      [{}, 'probableRiskOfDeathOrSeriousInjury', /^Required/],
      [{ probableRiskOfDeathOrSeriousInjury: 'no' }, 'probableRiskOfDeathOrSeriousInjury', /Expected true or false/],
      [{ probableRiskOfDeathOrSeriousInjury: false, combinationProduct: 'yes' }, 'combinationProduct', /Expected true or false/],
      [{ probableRiskOfDeathOrSeriousInjury: false, levelOfConcern: 'Major' }, 'levelOfConcern', /Unknown field/],
    ])('refuses %j naming %s', (raw, field, message) => {
      expect(parseAnswers(fdaAnswersSchema, raw)).toMatchObject({ ok: false, problem: { field, message: expect.stringMatching(message) } });
    });
  });
});
