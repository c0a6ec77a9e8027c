import { describe, expect, it } from 'vitest';
import { rowToRecord } from '../../shared/requirements/mapping';
import { proposeMapping } from '../../shared/requirements/propose-mapping';
import { humanIdProblem, reqNumber, requiredFieldsFor } from '../../shared/requirements/fields';

const row = (cells: Record<string, string>) => ({ where: 'Line 7', cells });

describe('import mapping', () => {
  it('proposes a mapping from header names in any case and spelling', () => {
    expect(
      proposeMapping(['Req ID', 'TITLE', 'Description', 'category', 'Origin', 'source_ref', 'Reason', 'Acceptance criteria', 'Verification', 'State', 'Software item', 'Owner']),
    ).toEqual({
      humanId: 'Req ID',
      title: 'TITLE',
      text: 'Description',
      type: 'category',
      source: 'Origin',
      sourceRef: 'source_ref',
      rationale: 'Reason',
      acceptanceCriteria: 'Acceptance criteria',
      verificationMethod: 'Verification',
      status: 'State',
      items: 'Software item',
    });
    // One column per field: the second candidate for the text is left for the person to place.
    expect(proposeMapping(['ID', 'Text', 'Description'])).toEqual({ humanId: 'ID', text: 'Text' });
  });

  it('reads enumerations by key, label or synonym, and leaves empty ones alone', () => {
    const mapping = { humanId: 'id', text: 't', type: 'ty', source: 's', status: 'st', verificationMethod: 'v', items: 'i' } as const;
    const outcome = rowToRecord(row({ id: 'SRS-9', t: 'Do it', ty: 'User Interface', s: 'risk', st: 'Accepted', v: 'T', i: 'ITEM-002; Dose engine' }), mapping);
    expect(outcome).toEqual({
      ok: true,
      record: {
        where: 'Line 7',
        humanId: 'SRS-9',
        fields: { text: 'Do it', type: 'usability', source: 'risk-control', status: 'approved', verificationMethod: 'test' },
        itemRefs: ['ITEM-002', 'Dose engine'],
      },
    });
    const sparse = rowToRecord(row({ id: '', t: 'x', ty: ' ', s: '', st: '', v: '', i: '' }), mapping);
    expect(sparse).toEqual({ ok: true, record: { where: 'Line 7', humanId: null, fields: { text: 'x' }, itemRefs: null } });
  });

  it('skips rows without text and names the row and column of a bad value', () => {
    expect(rowToRecord(row({ t: '  ', n: 'Measurement' }), { text: 't', title: 'n' })).toEqual({
      ok: true,
      heading: 'Measurement',
      skipped: 'Line 7: no requirement text ("Measurement" looks like a heading).',
    });
    expect(rowToRecord(row({ t: '', n: '' }), { text: 't', title: 'n' })).toEqual({ ok: true, skipped: 'Line 7: no requirement text.' });
    const bad = rowToRecord(row({ t: 'x', ty: 'Wishful' }), { text: 't', type: 'ty' });
    expect(bad).toMatchObject({ ok: false, field: 'type' });
    expect(!bad.ok && bad.message).toMatch(/^Line 7, Type \("ty"\): "Wishful" is not one of functional, performance/);
    expect(rowToRecord(row({ t: 'x', id: 'a\nb' }), { text: 't', humanId: 'id' })).toMatchObject({ ok: false, field: 'humanId' });
  });

  it('checks human IDs and reads REQ-n numbers', () => {
    expect(humanIdProblem('SRS-014')).toBeNull();
    expect(humanIdProblem(' REQ-1')).toMatch(/spaces/);
    expect(humanIdProblem('x'.repeat(65))).toMatch(/64/);
    expect(reqNumber('REQ-42')).toBe(42);
    expect(reqNumber('REQ-42a')).toBeNull();
  });

  it('asks more of a class B or C requirement than of class A', () => {
    expect(requiredFieldsFor('A')).toEqual(['text', 'type', 'source']);
    expect(requiredFieldsFor('C')).toContain('verificationMethod');
    expect(requiredFieldsFor(null)).toEqual(requiredFieldsFor('A'));
  });
});
