import { describe, expect, it } from 'vitest';
import { annexAApplicability, compareClauses } from '../../shared/regulatory/annex-a';
import { SAFETY_CLASSES } from '../../shared/regulatory/safety-class';

describe('compareClauses', () => {
  it('orders clause numbers numerically, part by part', () => {
    const sorted = ['5.1.10', '6.1', '5.1.2', '9.8', '6.2.1.1', '5.1.9', '6.2.1', '5.10'].sort(compareClauses);
    expect(sorted).toEqual(['5.1.2', '5.1.9', '5.1.10', '5.10', '6.1', '6.2.1', '6.2.1.1', '9.8']);
    expect(compareClauses('7.4.1', '7.4.1')).toBe(0);
  });
});

describe('Annex A applicability', () => {
  // Table A.1 as amended in 2015: the number of active sub-clauses from 5.1.1 to 9.8 each class must meet.
  it.each([
    ['A', 50],
    ['B', 85],
    ['C', 91],
  ] as const)('class %s has %i applicable active clauses', (cls, count) => {
    expect(annexAApplicability(cls).filter((row) => row.applies)).toHaveLength(count);
  });

  it('lists every active clause for every class, leaving out the deleted 7.1.5 and 7.3.2', () => {
    for (const cls of SAFETY_CLASSES) {
      const clauses = annexAApplicability(cls).map((row) => row.clause);
      expect(clauses).toHaveLength(91);
      expect(clauses).not.toContain('7.1.5');
      expect(clauses).not.toContain('7.3.2');
      expect(clauses[0]).toBe('5.1.1');
      expect(clauses.at(-1)).toBe('9.8');
    }
  });

  it('orders clauses numerically: 5.1.10 comes after 5.1.9', () => {
    const clauses = annexAApplicability('B').map((row) => row.clause);
    expect(clauses.indexOf('5.1.10')).toBe(clauses.indexOf('5.1.9') + 1);
    expect([...clauses].sort(compareClauses)).toEqual(clauses);
  });

  it('gives each row exactly the fields clause, title, classes, applies', () => {
    const row = annexAApplicability('A').find((r) => r.clause === '5.3.5');
    expect(row).toEqual({ clause: '5.3.5', title: 'Identify segregation necessary for risk control', classes: ['C'], applies: false });
    expect(Object.keys(annexAApplicability('C')[0] ?? {})).toEqual(['clause', 'title', 'classes', 'applies']);
  });

  it('reflects the A1 extensions to class A and the clause-7 exception', () => {
    const applies = (clause: string) => annexAApplicability('A').find((r) => r.clause === clause)?.applies;
    expect(['5.7.1', '5.7.5', '5.8.7', '6.2.3', '7.4.1'].map(applies)).toEqual([true, true, true, true, true]);
    expect(['5.1.12', '5.3.1', '5.8.3', '7.1.1', '7.4.2'].map(applies)).toEqual([false, false, false, false, false]);
  });

  it('agrees that applies means the class is listed', () => {
    for (const cls of SAFETY_CLASSES) for (const row of annexAApplicability(cls)) expect(row.applies).toBe(row.classes.includes(cls));
  });

  it('hands out copies, so a caller cannot alter the table', () => {
    annexAApplicability('A')[0]?.classes.push('A');
    expect(annexAApplicability('A')[0]?.classes).toEqual(['A', 'B', 'C']);
  });
});
