import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFormInput } from '../../renderer/src/forms/parse-input';
import { CAMEL_CASE } from '../support/visible-texts';

describe('a form parses through its contract method’s input schema', () => {
  it('turns a checkbox and a chosen type into the typed input, defaults filled in', () => {
    const parsed = parseFormInput('risk.addControl', { chainIds: [3], type: 'protective-measure', name: ' Alarm ', introducesHazard: 'true' });
    expect(parsed).toEqual({
      ok: true,
      input: expect.objectContaining({ chainIds: [3], type: 'protective-measure', name: 'Alarm', introducesHazard: true, description: '', newHazardId: null }),
    });
    const unchecked = parseFormInput('risk.addControl', { chainIds: [3], type: 'protective-measure', name: 'Alarm', introducesHazard: '' });
    expect(unchecked.ok && unchecked.input.introducesHazard).toBe(false);
  });

  it('reads a radio pair as a boolean and an empty optional number as null', () => {
    expect(parseFormInput('risk.evaluateOverall', { evaluation: 'Fine.', acceptable: 'false' })).toEqual({ ok: true, input: { evaluation: 'Fine.', acceptable: false } });
    const update = parseFormInput('risk.updateControl', { id: 4, introducesHazard: 'true', newHazardId: '' });
    expect(update).toEqual({ ok: true, input: { id: 4, introducesHazard: true, newHazardId: null } });
    expect(parseFormInput('risk.updateControl', { id: 4, newHazardId: '7' })).toEqual({ ok: true, input: { id: 4, newHazardId: 7 } });
  });

  it('places each refusal on the field it names, in words, and the rest on the form', () => {
    const parsed = parseFormInput('requirements.create', { text: '', type: 'wish', itemIds: [] }, ['text', 'type']);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual({ text: 'Required.', type: 'Choose one of the listed options.' });
    const noChain = parseFormInput('risk.addControl', { chainIds: [], type: 'information-for-safety', name: 'Label' }, ['name']);
    expect(noChain).toEqual({ ok: false, errors: { form: 'Name at least one risk chain this control acts on.' } });
    const words = Object.values(parsed.errors).join(' ');
    expect(words.match(CAMEL_CASE) ?? []).toEqual([]);
  });

  it('an empty signature password is refused before any call', () => {
    expect(parseFormInput('changes.approve', { id: 2, password: '' })).toEqual({ ok: false, errors: { password: 'Required.' } });
  });
});

describe('forms hold no string booleans of their own', () => {
  it('a nested checkbox (a release confirmation) and a checkbox with a number (the company profile) arrive typed', () => {
    const release = parseFormInput('releases.update', { id: 2, confirmations: { 'delivery-verified': { confirmed: 'true', note: 'Hash compared.' } } });
    expect(release).toEqual({ ok: true, input: { id: 2, confirmations: { 'delivery-verified': { confirmed: true, note: 'Hash compared.' } } } });
    const withdrawn = parseFormInput('releases.update', { id: 2, confirmations: { 'delivery-verified': { confirmed: '', note: '' } } });
    expect(withdrawn.ok && withdrawn.input.confirmations?.['delivery-verified']?.confirmed).toBe(false);
    expect(parseFormInput('qms.saveCompany', { employees: '12', prrcExternal: 'true', legalName: ' Acme ' })).toEqual({
      ok: true,
      input: { employees: 12, prrcExternal: true, legalName: 'Acme' },
    });
    expect(parseFormInput('documents.exportTechnicalFile', { sign: '', password: undefined })).toEqual({ ok: true, input: { sign: false } });
    expect(parseFormInput('documents.exportPdf', { documentId: 3, version: 1, sign: 'true', password: '' }, ['sign', 'password'])).toEqual({
      ok: false,
      errors: { password: 'Required.' },
    });
  });

  it("only the checkbox module spells a ticked box as 'true'", () => {
    const renderer = join(__dirname, '../../renderer/src');
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
    const spelled = files(renderer)
      .filter((f) => /=== 'true'|\? 'true' : ''|as [A-Z][A-Za-z]*Type\b/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(renderer, f));
    expect(spelled).toEqual([]);
  });
});
