import type { KnownAnomaly } from '../../../shared/api/releases-types';
import type { NamedRecord, RequirementEvidence, TestOutcomeEvidence } from '../../../shared/release/evidence';
import type { Db } from '../db/connection';
import { statementCache } from '../db/lazy-statement';

/** Outcomes that say something about a case; 'not-run' and 'skipped' neither pass nor fail it. */
const DECIDING = "('passed', 'failed', 'error', 'blocked')";

/** Problem reports still unresolved: the known residual anomalies of any release made now (5.8.2). */
const OPEN_PROBLEM = "status IN ('open', 'investigating')";

/**
 * The read model behind the release checklist. It owns no table: it reads the columns the requirements,
 * trace, tests (0013), problems and changes (0014) and documents migrations promise to keep.
 */
export class ReleaseEvidenceRepo {
  private readonly stmt: ReturnType<typeof statementCache>;

  constructor(db: Db) {
    this.stmt = statementCache(db);
  }

  /**
   * Each live test case's latest deciding outcome among the completed runs of a version: a later pass
   * clears an earlier failure, a later failure undoes an earlier pass.
   */
  latestOutcomes(version: string): { testCaseId: number; testCase: string; run: string; outcome: string }[] {
    return this.stmt(
      `WITH ranked AS (
        SELECT res.test_case_id AS testCaseId, res.outcome, run.human_id AS run,
          row_number() OVER (PARTITION BY res.test_case_id ORDER BY run.completed_at DESC, run.id DESC, res.id DESC) AS n
        FROM test_result res JOIN test_run run ON run.id = res.run_id
        WHERE run.software_version = ? AND run.completed_at IS NOT NULL AND res.test_case_id IS NOT NULL AND res.outcome IN ${DECIDING})
      SELECT r.testCaseId, tc.human_id AS testCase, r.run, r.outcome FROM ranked r JOIN test_case tc ON tc.id = r.testCaseId
      WHERE r.n = 1 AND tc.retired = 0 ORDER BY tc.id`,
    ).all(version) as { testCaseId: number; testCase: string; run: string; outcome: string }[];
  }

  /** Live requirements, each saying whether a test case that verifies it passed in the version. */
  requirements(passedCases: ReadonlySet<number>): RequirementEvidence[] {
    const links = this.stmt("SELECT from_id AS testCaseId, to_id AS requirementId FROM trace_link WHERE from_type = 'test_case' AND to_type = 'requirement'").all() as {
      testCaseId: number;
      requirementId: number;
    }[];
    const verified = new Set(links.filter((l) => passedCases.has(l.testCaseId)).map((l) => l.requirementId));
    const rows = this.stmt("SELECT id, human_id AS humanId, title, verification_method AS method FROM requirement WHERE status <> 'obsolete' ORDER BY id").all() as (NamedRecord & {
      id: number;
      method: string;
    })[];
    return rows.map(({ id, ...r }) => ({ ...r, passedTest: verified.has(id) }));
  }

  /** Versions with at least one completed test run. */
  testedVersions(): string[] {
    return (this.stmt('SELECT DISTINCT software_version AS version FROM test_run WHERE completed_at IS NOT NULL').all() as { version: string }[]).map((r) => r.version);
  }

  runs(version: string): { humanId: string; completed: boolean }[] {
    return (
      this.stmt('SELECT human_id AS humanId, completed_at AS completedAt FROM test_run WHERE software_version = ? ORDER BY id').all(version) as {
        humanId: string;
        completedAt: string | null;
      }[]
    ).map((r) => ({ humanId: r.humanId, completed: r.completedAt !== null }));
  }

  knownAnomalies(): KnownAnomaly[] {
    const rows = this.stmt(
      `SELECT id, human_id AS humanId, title, criticality, status, affects_safety AS affectsSafety, decision,
        anomaly_evaluation AS evaluation, user_mitigation AS mitigation, decision_rationale AS justification, found_in_version AS foundInVersion
      FROM problem_report WHERE ${OPEN_PROBLEM} ORDER BY id`,
    ).all() as (Omit<KnownAnomaly, 'affectsSafety'> & { affectsSafety: number | null })[];
    return rows.map((r) => ({ ...r, affectsSafety: r.affectsSafety === null ? null : r.affectsSafety === 1 }));
  }

  /** Each live document's type, key, newest state and whether any version of it is approved. */
  documents(): { type: string; docKey: string; state: string; approved: boolean }[] {
    return (
      this.stmt(
        `SELECT d.doc_type AS type, d.doc_key AS docKey,
        (SELECT v.state FROM document_version v WHERE v.document_id = d.id ORDER BY v.version DESC LIMIT 1) AS state,
        EXISTS (SELECT 1 FROM document_version v WHERE v.document_id = d.id AND v.state = 'approved') AS approved
      FROM document d WHERE d.retired_at IS NULL ORDER BY d.id`,
      ).all() as { type: string; docKey: string; state: string; approved: number }[]
    ).map((d) => ({ ...d, approved: d.approved === 1 }));
  }

  /** Change requests meant for the version and not finished (draft, approved or implemented, not yet verified). */
  unfinishedChanges(version: string): (NamedRecord & { status: string })[] {
    return this.stmt(
      `SELECT human_id AS humanId, title, status FROM change_request
      WHERE target_version = ? AND status IN ('draft', 'approved', 'implemented') ORDER BY id`,
    ).all(version) as (NamedRecord & { status: string })[];
  }
}

export const notPassed = (outcomes: ReturnType<ReleaseEvidenceRepo['latestOutcomes']>): TestOutcomeEvidence[] =>
  outcomes.flatMap((o) => (o.outcome === 'passed' ? [] : [{ testCase: o.testCase, run: o.run, outcome: o.outcome as TestOutcomeEvidence['outcome'] }]));
