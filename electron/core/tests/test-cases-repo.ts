import type { RecordLabel } from '../../../shared/api/trace-types';
import type { TestCase, TestStep } from '../../../shared/api/tests-types';
import type { Db } from '../db/connection';
import { statementCache } from '../db/lazy-statement';
import type { Statement } from 'better-sqlite3-multiple-ciphers';

/** A case's own columns, as the API names them; its steps live in test_step, what it verifies in trace_link. */
export type CaseFields = Pick<TestCase, 'title' | 'level' | 'objective' | 'preconditions' | 'passCriteria' | 'automated'>;

export interface CaseRow extends CaseFields {
  id: number;
  humanId: string;
  retired: boolean;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = `id, human_id AS humanId, title, level, objective, preconditions, pass_criteria AS passCriteria, automated, retired,
  created_at AS createdAt, updated_at AS updatedAt`;

type Raw = Omit<CaseRow, 'automated' | 'retired'> & { automated: number; retired: number };

const toRow = (raw: Raw): CaseRow => ({ ...raw, automated: raw.automated === 1, retired: raw.retired === 1 });

/** TC-2 before TC-10. */
const ORDER = 'length(human_id), human_id';

/** Owns test_case and test_step. Cases are retired, never deleted, so a TC number is never handed out twice. */
export class TestCasesRepo {
  private readonly stmt: (sql: string) => Statement;

  constructor(db: Db) {
    this.stmt = statementCache(db);
  }

  all(): CaseRow[] {
    return (this.stmt(`SELECT ${COLUMNS} FROM test_case ORDER BY ${ORDER}`).all() as Raw[]).map(toRow);
  }

  byId(id: number): CaseRow | null {
    const raw = this.stmt(`SELECT ${COLUMNS} FROM test_case WHERE id = ?`).get(id) as Raw | undefined;
    return raw ? toRow(raw) : null;
  }

  count(): number {
    return this.stmt('SELECT count(*) FROM test_case').pluck().get() as number;
  }

  insert(fields: CaseFields, steps: readonly Omit<TestStep, 'position'>[], at: string): CaseRow {
    const next = this.stmt("SELECT coalesce(max(CAST(substr(human_id, 4) AS INTEGER)), 0) + 1 FROM test_case WHERE human_id LIKE 'TC-%'").pluck().get() as number;
    const humanId = `TC-${next}`;
    const result = this.stmt(
      `INSERT INTO test_case (human_id, title, level, objective, preconditions, pass_criteria, automated, created_at, updated_at)
      VALUES (@humanId, @title, @level, @objective, @preconditions, @passCriteria, @automated, @at, @at)`,
    ).run({ ...fields, humanId, automated: Number(fields.automated), at });
    const id = Number(result.lastInsertRowid);
    this.replaceSteps(id, steps);
    return { ...fields, id, humanId, retired: false, createdAt: at, updatedAt: at };
  }

  update(id: number, fields: CaseFields, at: string): void {
    this.stmt(
      `UPDATE test_case SET title = @title, level = @level, objective = @objective, preconditions = @preconditions,
      pass_criteria = @passCriteria, automated = @automated, updated_at = @at WHERE id = @id`,
    ).run({ ...fields, automated: Number(fields.automated), id, at });
  }

  setRetired(id: number, retired: boolean, at: string): void {
    this.stmt('UPDATE test_case SET retired = ?, updated_at = ? WHERE id = ?').run(Number(retired), at, id);
  }

  steps(caseId: number): TestStep[] {
    return this.stmt('SELECT position, action, expected FROM test_step WHERE test_case_id = ? ORDER BY position').all(caseId) as TestStep[];
  }

  /** Steps are numbered by their order in the list given. */
  replaceSteps(caseId: number, steps: readonly Omit<TestStep, 'position'>[]): void {
    this.stmt('DELETE FROM test_step WHERE test_case_id = ?').run(caseId);
    const insert = this.stmt('INSERT INTO test_step (test_case_id, position, action, expected) VALUES (?, ?, ?, ?)');
    steps.forEach((s, i) => insert.run(caseId, i + 1, s.action, s.expected));
  }

  labels(ids: readonly number[]): Map<number, RecordLabel> {
    const rows = this.stmt('SELECT id, human_id AS humanId, title FROM test_case WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as (RecordLabel & {
      id: number;
    })[];
    return new Map(rows.map(({ id, ...label }) => [id, label]));
  }
}
