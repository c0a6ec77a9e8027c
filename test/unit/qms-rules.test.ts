import { describe, expect, it } from 'vitest';
import { compareClauses, ISO_13485_CLAUSES } from '../../shared/qms/clauses';
import { EMPTY_COMPANY } from '../../shared/qms/company';
import { computeCoverage, percent } from '../../shared/qms/coverage';
import type { QmsFacts } from '../../shared/qms/facts';
import { neededProcedures, PROCEDURES } from '../../shared/qms/procedure-set';
import { checkRecordFields } from '../../shared/qms/records';
import { checkScopeDecision, suggestedScope, WIZARD_CLAUSES } from '../../shared/qms/scope';
import { trainingDue } from '../../shared/qms/training';
import { technicalFileOrder } from '../../electron/core/qms/technical-file-order';

const SOFTWARE_ONLY = { physicalProduct: false, sterile: false, installation: false, servicing: false, measuringEquipment: false };
const facts = (outOfScope = suggestedScope(SOFTWARE_ONLY)): QmsFacts => ({
  company: { ...EMPTY_COMPANY, legalName: 'Acme', markets: ['eu', 'us'] },
  productName: 'Pump',
  outOfScope,
  team: [],
});

describe('ISO 13485 clause list and scope rules', () => {
  it('orders clauses numerically and knows every clause once', () => {
    expect(['7.3.10', '7.3.9', '4.2.5', '8.3'].sort(compareClauses)).toEqual(['4.2.5', '7.3.9', '7.3.10', '8.3']);
    expect(new Set(ISO_13485_CLAUSES.map((c) => c.clause)).size).toBe(ISO_13485_CLAUSES.length);
  });

  it('lets only clauses 6–8 be not applicable and only 7.3 be excluded, each with a justification', () => {
    const why = 'A justification long enough to print.';
    expect(checkScopeDecision({ clause: '5.6.1', status: 'not_applicable', justification: why })?.field).toBe('status');
    expect(checkScopeDecision({ clause: '7.5.5', status: 'not_applicable', justification: why })).toBeNull();
    expect(checkScopeDecision({ clause: '7.5.5', status: 'not_applicable', justification: '  too short  ' })?.field).toBe('justification');
    expect(checkScopeDecision({ clause: '7.3.2', status: 'excluded', justification: why })).toBeNull();
    expect(checkScopeDecision({ clause: '7.4.1', status: 'excluded', justification: why })?.field).toBe('status');
    expect(checkScopeDecision({ clause: '4.2.4', status: 'applies', justification: '' })).toBeNull();
    expect(checkScopeDecision({ clause: '10.1', status: 'applies', justification: '' })?.field).toBe('clause');
  });

  it('derives the software-only scope from the wizard answers and never suggests an invalid decision', () => {
    expect(suggestedScope(SOFTWARE_ONLY).map((d) => d.clause)).toEqual(['6.4.2', '7.5.2', '7.5.5', '7.5.7', '7.5.3', '7.5.4', '7.6']);
    expect(suggestedScope({ physicalProduct: true, sterile: true, installation: true, servicing: true, measuringEquipment: true })).toEqual([]);
    expect(suggestedScope({ ...SOFTWARE_ONLY, physicalProduct: true }).map((d) => d.clause)).toEqual(['7.5.5', '7.5.7', '7.5.3', '7.5.4', '7.6']);
    expect(suggestedScope(SOFTWARE_ONLY).every((d) => checkScopeDecision(d) === null)).toBe(true);
    expect(WIZARD_CLAUSES).toHaveLength(7);
  });
});

describe('procedure set', () => {
  it('answers every clause a software-only company keeps in scope', () => {
    const { summary, clauses } = computeCoverage(PROCEDURES, suggestedScope(SOFTWARE_ONLY), new Map(PROCEDURES.map((p) => [p.key, { exists: true, approved: false }])));
    expect(clauses.filter((c) => c.coverage === 'gap')).toEqual([]);
    expect(summary).toEqual({ inScope: ISO_13485_CLAUSES.length - 7, documented: ISO_13485_CLAUSES.length - 7, approved: 0, gaps: 0 });
  });

  it('gives every procedure unique keys and section ids, known clauses, and a draft for any facts', () => {
    expect(new Set(PROCEDURES.map((p) => p.key)).size).toBe(PROCEDURES.length);
    const known = new Set(ISO_13485_CLAUSES.map((c) => c.clause));
    for (const p of PROCEDURES) {
      expect(new Set(p.sections.map((s) => s.id)).size).toBe(p.sections.length);
      for (const s of p.sections) {
        expect(
          s.clauses.every((c) => known.has(c)),
          `${p.key}/${s.id}`,
        ).toBe(true);
        // An empty profile still gives readable text, with placeholders where names are missing.
        expect(s.draft({ ...facts(), company: { ...EMPTY_COMPANY, markets: [] } }).length, `${p.key}/${s.id}`).toBeGreaterThan(40);
      }
    }
  });

  it('needs every SOP for a full scope and drops one whose clauses are all left out', () => {
    expect(neededProcedures(facts())).toHaveLength(PROCEDURES.length);
    const noDesign = ['7.3.3', '7.3.6', '7.3.7', '7.3.10'].map((clause) => ({ clause, status: 'excluded' as const, justification: 'Designed by the parent company.' }));
    expect(neededProcedures(facts(noDesign)).map((p) => p.key)).not.toContain('SOP-USE');
  });

  it('rounds coverage down so 100 % means every clause', () => {
    expect(percent(56, 57)).toBe(98);
    expect(percent(57, 57)).toBe(100);
    expect(percent(0, 0)).toBe(100);
  });
});

describe('records and training rules', () => {
  it('checks record fields by kind', () => {
    expect(checkRecordFields('tool', { name: 'CI', use: 'Builds', risk: 'medium', status: 'validated' })).toBeNull();
    expect(checkRecordFields('tool', { name: 'CI', use: 'Builds', risk: 'medium' })).toEqual({ field: 'fields.status', message: 'Validation status: required.' });
    expect(checkRecordFields('review', { date: '2026-13-01', attendees: 'All', state: 'held' })?.field).toBe('fields.date');
  });

  it('asks for training on each approved version until a record for it or a later one exists', () => {
    const people = [
      { id: 1, name: 'Ann' },
      { id: 2, name: 'Bo' },
    ];
    const procedures = [{ key: 'SOP-CAPA', title: 'CAPA', version: 2 }];
    const due = trainingDue(people, procedures, [
      { traineeId: 1, docKey: 'SOP-CAPA', version: 1 },
      { traineeId: 2, docKey: 'SOP-CAPA', version: 2 },
    ]);
    expect(due).toEqual([{ traineeId: 1, name: 'Ann', docKey: 'SOP-CAPA', title: 'CAPA', version: 2, trainedOn: 1 }]);
    expect(trainingDue(people, [], [])).toEqual([]);
  });
});

describe('technical file order', () => {
  it('puts the project summary first, product documents by ID, then the QMS part in the manual’s order', () => {
    const doc = (docKey: string, docType: string) => ({ id: 0, docKey, docType, title: docKey, params: {}, createdAt: '', createdBy: 1, retiredAt: null });
    const docs = [
      doc('SOP-CAPA', 'sop'),
      doc('SSC', 'safety-classification'),
      doc('QM', 'qms-manual'),
      doc('PROJECT-SUMMARY', 'project-summary'),
      doc('SOP-DOC', 'sop'),
      doc('62304-PLAN', 'compliance-plan'),
    ];
    expect(technicalFileOrder(docs).map((d) => d.docKey)).toEqual(['PROJECT-SUMMARY', '62304-PLAN', 'SSC', 'QM', 'SOP-DOC', 'SOP-CAPA']);
  });
});
