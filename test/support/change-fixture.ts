import { openProjectDb } from './project-db';
import type { CoreFixture } from '../integration/core-fixture';
import { declareSeededRows } from './seeded-rows';

/**
 * Test cases and runs written straight into the project file, so the problems and changes areas can be
 * tested on their own: the tests area's methods own these tables in the app.
 */
export function insertTestRecords(
  f: CoreFixture,
  cases: { title: string; verifies: number[]; retired?: boolean }[],
  results: { caseIndex: number; outcome: string; actual: string; message: string }[] = [],
) {
  const db = openProjectDb(f.path());
  try {
    const at = '2026-01-01T00:00:00.000Z';
    const first = (db.prepare('SELECT count(*) FROM test_case').pluck().get() as number) + 1;
    const runNumber = (db.prepare('SELECT count(*) FROM test_run').pluck().get() as number) + 1;
    const caseIds = cases.map((c, i) => {
      const id = Number(
        db
          .prepare("INSERT INTO test_case (human_id, title, level, retired, created_at, updated_at) VALUES (?, ?, 'system', ?, ?, ?)")
          .run(`TC-${first + i}`, c.title, c.retired ? 1 : 0, at, at).lastInsertRowid,
      );
      for (const requirementId of c.verifies) {
        db.prepare("INSERT INTO trace_link (from_type, from_id, to_type, to_id, created_at, created_by) VALUES ('test_case', ?, 'requirement', ?, ?, 1)").run(
          id,
          requirementId,
          at,
        );
      }
      return id;
    });
    const runId = Number(
      db.prepare("INSERT INTO test_run (human_id, software_version, source, started_at, started_by) VALUES (?, '1.2.0', 'manual', ?, 1)").run(`RUN-${runNumber}`, at)
        .lastInsertRowid,
    );
    const resultIds = results.map((r) =>
      Number(
        db
          .prepare('INSERT INTO test_result (run_id, test_case_id, outcome, actual, message, executed_by, executed_at) VALUES (?, ?, ?, ?, ?, 1, ?)')
          .run(runId, caseIds[r.caseIndex], r.outcome, r.actual, r.message, at).lastInsertRowid,
      ),
    );
    return { caseIds, resultIds };
  } finally {
    db.close();
    declareSeededRows(f.path());
  }
}
