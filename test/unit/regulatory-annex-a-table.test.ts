import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANNEX_A_TABLE } from '../../shared/regulatory/annex-a-table';
import { REPO_ROOT } from '../support/paths';

// The embedded table must equal the team's reference file, which lives beside the repository.
const REFERENCE = join(REPO_ROOT, '..', 'shared', 'domain', 'annex-a.json');

interface ReferenceRow {
  clause: string;
  title: string;
  classes: string[];
  status: string;
  confidence: string;
}

describe('embedded Annex A table', () => {
  it('equals ../shared/domain/annex-a.json (clause, title, classes, status, confidence, in order)', () => {
    expect(existsSync(REFERENCE), `the reference file ${REFERENCE} is missing`).toBe(true);
    const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as ReferenceRow[];
    const projected = reference.map(({ clause, title, classes, status, confidence }) => ({ clause, title, classes, status, confidence }));
    expect(ANNEX_A_TABLE).toEqual(projected);
  });

  it('has 93 rows: 91 active and the 2 deleted by Amendment 1, with no duplicates', () => {
    expect(ANNEX_A_TABLE).toHaveLength(93);
    expect(new Set(ANNEX_A_TABLE.map((row) => row.clause)).size).toBe(93);
    expect(ANNEX_A_TABLE.filter((row) => row.status === 'deleted').map((row) => [row.clause, row.classes])).toEqual([
      ['7.1.5', []],
      ['7.3.2', []],
    ]);
  });
});
