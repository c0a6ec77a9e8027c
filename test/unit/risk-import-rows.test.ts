import { describe, expect, it } from 'vitest';
import { controlTypeAt, proposeRiskMapping, requiredImportFields, rowToChain } from '../../shared/risk/import-rows';
import { defaultScales, fourSeverityScales } from '../../shared/risk/presets';

const scales = defaultScales();

describe('proposeRiskMapping', () => {
  it('maps common spreadsheet headers, each column to one field', () => {
    expect(proposeRiskMapping(['Risk ID', 'Hazard', 'Hazardous Situation', 'Harm', 'P1', 'P2', 'Severity', 'Mitigations', 'Residual severity'])).toEqual({
      hazard: 'Hazard',
      situation: 'Hazardous Situation',
      harm: 'Harm',
      p1: 'P1',
      p2: 'P2',
      s: 'Severity',
      controls: 'Mitigations',
      residualS: 'Residual severity',
    });
  });

  it('asks for P1 and P2 or for P depending on the plan', () => {
    expect(requiredImportFields(scales)).toEqual(['hazard', 'situation', 'harm', 'p1', 'p2', 's']);
    expect(requiredImportFields(fourSeverityScales())).toEqual(['hazard', 'situation', 'harm', 'p', 's']);
  });
});

describe('rowToChain', () => {
  const mapping = { hazard: 'H', situation: 'HS', harm: 'Harm', p1: 'P1', p2: 'P2', s: 'S', controls: 'C', controlType: 'T', hazardCategory: 'Cat' };
  const cells = {
    H: 'Stale data',
    HS: 'Old trend shown',
    Harm: 'Delay',
    P1: 'P4',
    P2: 'Sometimes',
    S: 'critical',
    C: 'Timestamp; Sync warning',
    T: 'Protective measure',
    Cat: 'cybersecurity',
  };

  it('reads levels as numbers, prefixed numbers or level names, and splits controls', () => {
    const result = rowToChain('Line 2', cells, mapping, scales);
    expect(result).toEqual({
      ok: true,
      chain: {
        line: 'Line 2',
        hazard: 'Stale data',
        hazardCategory: 'cybersecurity',
        sequenceOfEvents: '',
        situation: 'Old trend shown',
        harm: 'Delay',
        initial: { p1: 4, p2: 3, p: null, s: 4 },
        residual: null,
        controls: ['Timestamp', 'Sync warning'],
        controlTypes: ['protective-measure'],
        benefitRisk: '',
      },
    });
  });

  it('names the line and column of an empty record, an unknown level or an unknown category', () => {
    expect(rowToChain('Line 3', { ...cells, HS: ' ' }, mapping, scales)).toEqual({ ok: false, message: 'Line 3, Hazardous situation ("HS"): empty; every chain needs one.' });
    expect(rowToChain('Line 4', { ...cells, S: 'Dreadful' }, mapping, scales)).toEqual({
      ok: false,
      message: 'Line 4, Severity ("S"): "Dreadful" is neither a level number nor the name of a level.',
    });
    expect(rowToChain('Line 6', { ...cells, T: '—' }, mapping, scales)).toMatchObject({ ok: false, message: expect.stringContaining('Control type') });
    expect(rowToChain('Line 5', { ...cells, Cat: 'Weather' }, mapping, scales)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Line 5, Hazard category \("Cat"\): "Weather" is not one of energy/),
    });
  });

  it('pairs a list of control types with the controls by position, or applies one type to all', () => {
    const listed = rowToChain('Line 7', { ...cells, T: 'inherent-safety; Information for safety' }, mapping, scales);
    if (!listed.ok) throw new Error(listed.message);
    expect([controlTypeAt(listed.chain, 0), controlTypeAt(listed.chain, 1)]).toEqual(['inherent-safety', 'information-for-safety']);
    const single = rowToChain('Line 8', cells, mapping, scales);
    if (!single.ok) throw new Error(single.message);
    expect([controlTypeAt(single.chain, 0), controlTypeAt(single.chain, 1)]).toEqual(['protective-measure', 'protective-measure']);
    expect(rowToChain('Line 9', { ...cells, C: 'A; B; C', T: 'protective; information' }, mapping, scales)).toEqual({
      ok: false,
      message: 'Line 9, Control type ("T"): 2 types for 3 controls; give one type for all, or one per control in the same order.',
    });
  });

  // Issue 15: an imported value passes the contract's own limits, the error naming the line and the field.
  it('refuses names and texts past the contract limits, and names with control or bidi characters', () => {
    const withText = { ...mapping, sequenceOfEvents: 'Seq' };
    const long = rowToChain('Line 7', { ...cells, H: 'x'.repeat(201) }, mapping, scales);
    expect(long).toEqual({ ok: false, message: expect.stringMatching(/^Line 7, Hazard \("H"\): ".*…" is 201 characters; a name holds at most 200\.$/) });
    expect(rowToChain('Line 8', { ...cells, C: `Timestamp; ${'c'.repeat(300)}` }, mapping, scales)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Line 8, .*\("C"\): .* 300 characters/),
    });
    expect(rowToChain('Line 9', { ...cells, Harm: 'Delay\u202e' }, mapping, scales)).toMatchObject({ ok: false, message: expect.stringContaining('bidirectional-override') });
    expect(rowToChain('Line 10', { ...cells, Seq: 'e'.repeat(20_001) }, withText, scales)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Line 10, .*\("Seq"\): 20001 characters; at most 20000\.$/),
    });
    expect(rowToChain('Line 11', { ...cells, Seq: 'e'.repeat(20_000) }, withText, scales).ok).toBe(true);
  });
});
