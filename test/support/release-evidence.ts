import type { Db } from '../../electron/core/db/connection';
import { declareSeededRows } from './seeded-rows';

// Evidence for release tests, written straight into the tests (0013) and problems (0014) tables: those
// areas' repositories are built elsewhere, and the release read model only relies on the columns their
// migrations promise. Every row is made by user 1 (the project's owner) at a fixed instant, and each
// helper declares what it wrote to the audit trail (see seeded-rows.ts).

const AT = '2026-01-01T00:00:00.000Z';

/** Adds a test case that verifies the given requirements (trace links test_case → requirement); returns its id. */
export function addTestCase(db: Db, humanId: string, requirementIds: number[] = [], title = `Test ${humanId}`): number {
  const id = Number(db.prepare("INSERT INTO test_case (human_id, title, level, created_at, updated_at) VALUES (?, ?, 'system', ?, ?)").run(humanId, title, AT, AT).lastInsertRowid);
  for (const r of requirementIds) {
    db.prepare("INSERT INTO trace_link (from_type, from_id, to_type, to_id, created_at, created_by) VALUES ('test_case', ?, 'requirement', ?, ?, 1)").run(id, r, AT);
  }
  declareSeededRows(db.name);
  return id;
}

/** Adds a run of a version with one result per case; `completedAt` null leaves the run open. */
export function addRun(db: Db, humanId: string, version: string, results: [testCaseId: number, outcome: string][], completedAt: string | null = AT): number {
  const run = Number(
    db
      .prepare("INSERT INTO test_run (human_id, software_version, source, started_at, started_by, completed_at) VALUES (?, ?, 'manual', ?, 1, ?)")
      .run(humanId, version, AT, completedAt).lastInsertRowid,
  );
  for (const [caseId, outcome] of results)
    db.prepare('INSERT INTO test_result (run_id, test_case_id, outcome, executed_by, executed_at) VALUES (?, ?, ?, 1, ?)').run(run, caseId, outcome, AT);
  declareSeededRows(db.name);
  return run;
}

export interface ProblemFields {
  criticality?: 'high' | 'medium' | 'low';
  affectsSafety?: 0 | 1 | null;
  decision?: 'undecided' | 'fix' | 'defer' | 'no-action';
  anomalyEvaluation?: string;
  userMitigation?: string;
  status?: 'open' | 'investigating' | 'resolved' | 'closed';
}

export function addProblem(db: Db, humanId: string, title: string, p: ProblemFields = {}): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO problem_report (human_id, title, source, found_in_version, type, criticality, affects_safety, decision, anomaly_evaluation,
        user_mitigation, status, reported_by, reported_at, updated_at) VALUES (?, ?, 'test', '1.0.0', 'corrective', ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
      )
      .run(
        humanId,
        title,
        p.criticality ?? 'low',
        p.affectsSafety ?? null,
        p.decision ?? 'undecided',
        p.anomalyEvaluation ?? '',
        p.userMitigation ?? '',
        p.status ?? 'open',
        AT,
        AT,
      ).lastInsertRowid,
  );
  declareSeededRows(db.name);
  return id;
}

export function setProblem(db: Db, id: number, p: ProblemFields): void {
  const columns = {
    criticality: 'criticality',
    affectsSafety: 'affects_safety',
    decision: 'decision',
    anomalyEvaluation: 'anomaly_evaluation',
    userMitigation: 'user_mitigation',
    status: 'status',
  } as const;
  for (const [key, value] of Object.entries(p) as [keyof ProblemFields, unknown][]) db.prepare(`UPDATE problem_report SET ${columns[key]} = ? WHERE id = ?`).run(value, id);
  declareSeededRows(db.name);
}

export function addChange(db: Db, humanId: string, targetVersion: string, status: string): void {
  db.prepare(
    "INSERT INTO change_request (human_id, title, source, kind, target_version, status, created_by, created_at, updated_at) VALUES (?, ?, 'other', 'change', ?, ?, 1, ?, ?)",
  ).run(humanId, `Change ${humanId}`, targetVersion, status, AT, AT);
  declareSeededRows(db.name);
}
