import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { OutcomeCounts, StepOutcome, TestOutcome, TestRunSummary } from '../../../shared/api/tests-types';
import { TEST_OUTCOMES } from '../../../shared/api/tests-types';
import type { VersionResult } from '../../../shared/tests/propagation';
import type { Db } from '../db/connection';
import { statementCache } from '../db/lazy-statement';

/** A run's own columns, as the API names them. */
export type RunFields = Pick<TestRunSummary, 'softwareVersion' | 'title' | 'source' | 'environment' | 'tools' | 'fileName' | 'fileSha256'>;

export interface RunRow extends RunFields {
  id: number;
  humanId: string;
  startedAt: string;
  startedBy: number;
  startedByName: string;
  completedAt: string | null;
}

export interface ResultFields {
  testCaseId: number | null;
  junitName: string | null;
  outcome: TestOutcome;
  actual: string;
  message: string;
  durationMs: number | null;
  executedBy: number | null;
  executedAt: string | null;
}

export interface ResultRow extends ResultFields {
  id: number;
  runId: number;
  caseHumanId: string | null;
  caseTitle: string | null;
  executedByName: string | null;
}

export interface StepResultRow {
  resultId: number;
  position: number;
  outcome: StepOutcome;
  actual: string;
}

const RUN_COLUMNS = `r.id, r.human_id AS humanId, r.software_version AS softwareVersion, r.title, r.source, r.environment, r.tools,
  r.file_name AS fileName, r.file_sha256 AS fileSha256, r.started_at AS startedAt, r.started_by AS startedBy, u.name AS startedByName,
  r.completed_at AS completedAt`;

const RESULT_COLUMNS = `t.id, t.run_id AS runId, t.test_case_id AS testCaseId, c.human_id AS caseHumanId, c.title AS caseTitle, t.junit_name AS junitName,
  t.outcome, t.actual, t.message, t.duration_ms AS durationMs, t.executed_by AS executedBy, e.name AS executedByName, t.executed_at AS executedAt`;

const RESULT_FROM = 'test_result t LEFT JOIN test_case c ON c.id = t.test_case_id LEFT JOIN user e ON e.id = t.executed_by';

/** Owns test_run, test_result and test_step_result. Callers validate and audit. */
export class TestRunsRepo {
  private readonly stmt: (sql: string) => Statement;

  constructor(db: Db) {
    this.stmt = statementCache(db);
  }

  insert(fields: RunFields, at: string, by: number, completedAt: string | null): RunRow {
    const next = this.stmt("SELECT coalesce(max(CAST(substr(human_id, 5) AS INTEGER)), 0) + 1 FROM test_run WHERE human_id LIKE 'RUN-%'").pluck().get() as number;
    const result = this.stmt(
      `INSERT INTO test_run (human_id, software_version, title, source, environment, tools, file_name, file_sha256, started_at, started_by, completed_at)
      VALUES (@humanId, @softwareVersion, @title, @source, @environment, @tools, @fileName, @fileSha256, @at, @by, @completedAt)`,
    ).run({ ...fields, humanId: `RUN-${next}`, at, by, completedAt });
    return this.byId(Number(result.lastInsertRowid)) as RunRow;
  }

  byId(id: number): RunRow | null {
    return (this.stmt(`SELECT ${RUN_COLUMNS} FROM test_run r JOIN user u ON u.id = r.started_by WHERE r.id = ?`).get(id) as RunRow | undefined) ?? null;
  }

  /** Every run, newest first, optionally of one version. */
  list(version: string | null): RunRow[] {
    return this.stmt(`SELECT ${RUN_COLUMNS} FROM test_run r JOIN user u ON u.id = r.started_by WHERE @version IS NULL OR r.software_version = @version ORDER BY r.id DESC`).all({
      version,
    }) as RunRow[];
  }

  complete(id: number, at: string): void {
    this.stmt('UPDATE test_run SET completed_at = ? WHERE id = ?').run(at, id);
  }

  /** Every version that has a run, in the order first tested. */
  versions(): string[] {
    return this.stmt('SELECT software_version FROM test_run GROUP BY software_version ORDER BY min(id)').pluck().all() as string[];
  }

  /** How many results of each outcome per run, and how many are unmapped. */
  counts(runIds: readonly number[]): Map<number, { counts: OutcomeCounts; unmapped: number }> {
    const rows = this.stmt(
      `SELECT run_id AS runId, outcome, count(*) AS n, sum(test_case_id IS NULL) AS unmapped FROM test_result
      WHERE run_id IN (SELECT value FROM json_each(?)) GROUP BY run_id, outcome`,
    ).all(JSON.stringify(runIds)) as { runId: number; outcome: TestOutcome; n: number; unmapped: number }[];
    const out = new Map(runIds.map((id) => [id, { counts: Object.fromEntries(TEST_OUTCOMES.map((o) => [o, 0])) as OutcomeCounts, unmapped: 0 }]));
    for (const r of rows) {
      const entry = out.get(r.runId);
      if (!entry) continue;
      entry.counts[r.outcome] = r.n;
      entry.unmapped += r.unmapped;
    }
    return out;
  }

  insertResult(runId: number, fields: ResultFields): number {
    return Number(
      this.stmt(
        `INSERT INTO test_result (run_id, test_case_id, junit_name, outcome, actual, message, duration_ms, executed_by, executed_at)
        VALUES (@runId, @testCaseId, @junitName, @outcome, @actual, @message, @durationMs, @executedBy, @executedAt)`,
      ).run({ ...fields, runId }).lastInsertRowid,
    );
  }

  results(runId: number): ResultRow[] {
    return this.stmt(`SELECT ${RESULT_COLUMNS} FROM ${RESULT_FROM} WHERE t.run_id = ? ORDER BY t.test_case_id IS NULL, length(c.human_id), c.human_id, t.junit_name, t.id`).all(
      runId,
    ) as ResultRow[];
  }

  resultById(id: number): ResultRow | null {
    return (this.stmt(`SELECT ${RESULT_COLUMNS} FROM ${RESULT_FROM} WHERE t.id = ?`).get(id) as ResultRow | undefined) ?? null;
  }

  setOutcome(resultId: number, outcome: TestOutcome, by: number, at: string): void {
    this.stmt('UPDATE test_result SET outcome = ?, executed_by = ?, executed_at = ? WHERE id = ?').run(outcome, by, at, resultId);
  }

  stepResults(runId: number): StepResultRow[] {
    return this.stmt(
      `SELECT s.result_id AS resultId, s.position, s.outcome, s.actual FROM test_step_result s JOIN test_result t ON t.id = s.result_id
      WHERE t.run_id = ? ORDER BY s.result_id, s.position`,
    ).all(runId) as StepResultRow[];
  }

  saveStep(step: StepResultRow): void {
    this.stmt(
      `INSERT INTO test_step_result (result_id, position, outcome, actual) VALUES (@resultId, @position, @outcome, @actual)
      ON CONFLICT (result_id, position) DO UPDATE SET outcome = excluded.outcome, actual = excluded.actual`,
    ).run(step);
  }

  /** Links a run's results of one JUnit name, not yet linked, to a case. Returns how many. */
  mapUnmapped(runId: number, junitName: string, caseId: number): number {
    return this.stmt('UPDATE test_result SET test_case_id = ? WHERE run_id = ? AND junit_name = ? AND test_case_id IS NULL').run(caseId, runId, junitName).changes;
  }

  /** Every mapped result of one version, ordered by run so later runs supersede. */
  versionResults(version: string): VersionResult[] {
    return this.stmt(
      `SELECT t.run_id AS runOrder, t.test_case_id AS testCaseId, t.outcome FROM test_result t JOIN test_run r ON r.id = t.run_id
      WHERE r.software_version = ? AND t.test_case_id IS NOT NULL`,
    ).all(version) as VersionResult[];
  }
}
