import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Requirement } from '../../shared/api/requirements-types';
import { REQUIREMENT_FIELD_LABELS, REQUIREMENT_FIELDS, requirementFieldsOf } from '../../shared/requirements/fields';
import { requirementForScripts } from '../../electron/cli/commands/requirements-command';

const REQ: Requirement = {
  id: 7,
  humanId: 'REQ-7',
  title: 'Peak flow entry',
  text: 'The app shall accept readings from 50 to 900 L/min.',
  textXhtml: '',
  type: 'functional',
  source: 'user-need',
  sourceRef: 'UN-3',
  rationale: 'Outside this range a reading is a typing error.',
  acceptanceCriteria: '49 and 901 are refused.',
  verificationMethod: 'test',
  status: 'approved',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-02T00:00:00Z',
  revision: 3,
  items: [{ id: 2, humanId: 'ITEM-002', name: 'Reading capture', safetyClass: 'B', suspect: false }],
  safetyClass: 'B',
  heldTo: 'B',
  missing: [],
};

describe('one list of requirement fields', () => {
  it('picks exactly the editable fields, in the shared order, from a whole requirement', () => {
    const fields = requirementFieldsOf(REQ);
    expect(Object.keys(fields)).toEqual([...REQUIREMENT_FIELDS]);
    expect(fields).toMatchObject({ title: 'Peak flow entry', sourceRef: 'UN-3', verificationMethod: 'test', status: 'approved' });
  });

  it('every field has a label people read', () => {
    for (const field of REQUIREMENT_FIELDS) expect(REQUIREMENT_FIELD_LABELS[field]).toMatch(/^[A-Z][a-z ]+$/);
  });

  it("the CLI's JSON for scripts is the ID, the shared fields in order, then items, class and revision", () => {
    const row = requirementForScripts(REQ);
    expect(Object.keys(row)).toEqual(['id', ...REQUIREMENT_FIELDS, 'items', 'safetyClass', 'revision']);
    expect(row).toMatchObject({ id: 'REQ-7', text: REQ.text, items: ['ITEM-002'], safetyClass: 'B', revision: 3 });
  });

  it('the detail panel and the CLI read the shared list instead of naming the fields again', () => {
    for (const file of ['renderer/src/screens/requirements/RequirementDetail.tsx', 'electron/cli/commands/requirements-command.ts']) {
      const text = readFileSync(join(__dirname, '../..', file), 'utf8');
      expect(text, file).toContain('requirementFieldsOf(');
      expect(text.match(/\b(sourceRef|acceptanceCriteria|verificationMethod): r\.\w+/g) ?? [], file).toEqual([]);
    }
  });
});
