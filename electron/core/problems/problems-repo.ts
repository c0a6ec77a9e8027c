import type { ProblemRecord, ProblemRisk, ProblemTestOrigin } from '../../../shared/api/problems-types';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../db/connection';
import { statementCache } from '../db/lazy-statement';

const COLUMNS = `id, human_id AS humanId, title, description, source, found_in_version AS foundInVersion, environment,
  steps_to_reproduce AS stepsToReproduce, expected, actual, type, scope, criticality, affects_safety AS affectsSafety,
  safety_evaluation AS safetyEvaluation, investigation, root_cause AS rootCause, parties_advised AS partiesAdvised, decision,
  decision_rationale AS decisionRationale, fix_verification AS fixVerification, anomaly_evaluation AS anomalyEvaluation,
  user_mitigation AS userMitigation, status, test_result_id AS testResultId, reported_by AS reportedBy, reported_at AS reportedAt,
  closed_at AS closedAt, closed_by AS closedBy, updated_at AS updatedAt`;

type Raw = Omit<ProblemRecord, 'affectsSafety'> & { affectsSafety: number | null };
const toRecord = (raw: Raw): ProblemRecord => ({ ...raw, affectsSafety: raw.affectsSafety === null ? null : raw.affectsSafety === 1 });

export const problemHumanId = (id: number) => `PR-${String(id).padStart(3, '0')}`;

/** The fields a person writes; everything else is set by the life cycle. */
export type ProblemFields = Omit<ProblemRecord, 'id' | 'humanId' | 'status' | 'testResultId' | 'reportedBy' | 'reportedAt' | 'closedAt' | 'closedBy' | 'updatedAt'>;

/** Owns problem_report and problem_risk; reads test results and risk chains read-only. Callers audit. */
export class ProblemsRepo {
  private readonly stmt: (sql: string) => Statement;

  constructor(db: Db) {
    this.stmt = statementCache(db);
  }

  all(): ProblemRecord[] {
    return (this.stmt(`SELECT ${COLUMNS} FROM problem_report ORDER BY id DESC`).all() as Raw[]).map(toRecord);
  }

  byId(id: number): ProblemRecord | null {
    const raw = this.stmt(`SELECT ${COLUMNS} FROM problem_report WHERE id = ?`).get(id) as Raw | undefined;
    return raw ? toRecord(raw) : null;
  }

  byTestResult(testResultId: number): ProblemRecord | null {
    const raw = this.stmt(`SELECT ${COLUMNS} FROM problem_report WHERE test_result_id = ? ORDER BY id LIMIT 1`).get(testResultId) as Raw | undefined;
    return raw ? toRecord(raw) : null;
  }

  /** Inserts and names the row PR-n after its never-reused id. */
  insert(fields: ProblemFields, testResultId: number | null, by: number, at: string): number {
    const id = ((this.stmt("SELECT seq FROM sqlite_sequence WHERE name = 'problem_report'").pluck().get() as number | undefined) ?? 0) + 1;
    this.stmt(
      `INSERT INTO problem_report (id, human_id, title, description, source, found_in_version, environment, steps_to_reproduce, expected, actual,
         type, scope, criticality, affects_safety, safety_evaluation, investigation, root_cause, parties_advised, decision, decision_rationale,
         fix_verification, anomaly_evaluation, user_mitigation, test_result_id, reported_by, reported_at, updated_at)
       VALUES (@id, @humanId, @title, @description, @source, @foundInVersion, @environment, @stepsToReproduce, @expected, @actual,
         @type, @scope, @criticality, @affectsSafety, @safetyEvaluation, @investigation, @rootCause, @partiesAdvised, @decision, @decisionRationale,
         @fixVerification, @anomalyEvaluation, @userMitigation, @testResultId, @by, @at, @at)`,
    ).run({ ...fields, affectsSafety: bit(fields.affectsSafety), id, humanId: problemHumanId(id), testResultId, by, at });
    return id;
  }

  update(id: number, fields: ProblemFields, at: string): void {
    this.stmt(
      `UPDATE problem_report SET title = @title, description = @description, source = @source, found_in_version = @foundInVersion,
         environment = @environment, steps_to_reproduce = @stepsToReproduce, expected = @expected, actual = @actual, type = @type, scope = @scope,
         criticality = @criticality, affects_safety = @affectsSafety, safety_evaluation = @safetyEvaluation, investigation = @investigation,
         root_cause = @rootCause, parties_advised = @partiesAdvised, decision = @decision, decision_rationale = @decisionRationale,
         fix_verification = @fixVerification, anomaly_evaluation = @anomalyEvaluation, user_mitigation = @userMitigation, updated_at = @at
       WHERE id = @id`,
    ).run({ ...fields, affectsSafety: bit(fields.affectsSafety), id, at });
  }

  /** Closing stamps who and when; any other status clears them (a reopened report is not closed). */
  setStatus(id: number, status: ProblemRecord['status'], by: number, at: string): void {
    const closed = status === 'closed';
    this.stmt('UPDATE problem_report SET status = ?, closed_at = ?, closed_by = ?, updated_at = ? WHERE id = ?').run(status, closed ? at : null, closed ? by : null, at, id);
  }

  risks(problemId: number): ProblemRisk[] {
    return this.stmt(
      `SELECT c.id AS chainId, c.human_id AS humanId, hz.name || ' → ' || hm.name AS title
       FROM problem_risk pr JOIN risk_chain c ON c.id = pr.chain_id JOIN hazard hz ON hz.id = c.hazard_id JOIN harm hm ON hm.id = c.harm_id
       WHERE pr.problem_id = ? ORDER BY c.id`,
    ).all(problemId) as ProblemRisk[];
  }

  setRisks(problemId: number, chainIds: readonly number[]): void {
    this.stmt('DELETE FROM problem_risk WHERE problem_id = ?').run(problemId);
    for (const chainId of chainIds) this.stmt('INSERT INTO problem_risk (problem_id, chain_id) VALUES (?, ?)').run(problemId, chainId);
  }

  /** The failed test result a report is raised from, read from the tests area's tables. */
  testOrigin(testResultId: number): (ProblemTestOrigin & { actual: string; message: string }) | null {
    return (
      (this.stmt(
        `SELECT r.id AS testResultId, run.human_id AS runHumanId, COALESCE(tc.human_id, r.junit_name) AS caseHumanId,
           COALESCE(tc.title, r.junit_name) AS caseTitle, r.outcome, run.software_version AS softwareVersion, r.actual, r.message
         FROM test_result r JOIN test_run run ON run.id = r.run_id LEFT JOIN test_case tc ON tc.id = r.test_case_id
         WHERE r.id = ?`,
      ).get(testResultId) as (ProblemTestOrigin & { actual: string; message: string }) | undefined) ?? null
    );
  }
}

const bit = (b: boolean | null) => (b === null ? null : b ? 1 : 0);
