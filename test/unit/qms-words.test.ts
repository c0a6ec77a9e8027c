import { describe, expect, it } from 'vitest';
import { coverageHeading, trainingHeading } from '../../renderer/src/screens/qms/qms-words';

const due = { traineeId: 1, name: 'Ada', docKey: 'SOP-DOC', title: 'Document control', version: 2, trainedOn: 1 };

describe('quality system headings', () => {
  it('never calls an empty project fully trained', () => {
    expect(trainingHeading({ due: [], procedures: [] })).toBe('No procedure is approved yet, so no training is due');
    expect(trainingHeading({ due: [], procedures: [{ key: 'SOP-DOC', title: 'Document control', version: 1 }] })).toBe('Everyone is trained on the current versions');
    expect(trainingHeading({ due: [due], procedures: [{ key: 'SOP-DOC', title: 'Document control', version: 2 }] })).toBe('1 training due');
  });

  it('counts coverage gaps with the noun in the right number', () => {
    expect(coverageHeading(1)).toBe('1 clause in scope with no document');
    expect(coverageHeading(57)).toBe('57 clauses in scope with no document');
  });
});
