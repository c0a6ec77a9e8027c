import type { ProblemFacts, ReviewFacts, UnitFacts } from '../../../shared/check/facts';
import type { Db } from '../db/connection';
import { statementCache } from '../db/lazy-statement';

/** Where prose that may cite records lives: the table, what names the record, and its text columns. */
const TEXT_FIELDS: readonly { table: string; record: string; columns: readonly string[] }[] = [
  { table: 'requirement', record: 'human_id', columns: ['title', 'text', 'rationale', 'acceptance_criteria', 'source_ref'] },
  { table: 'risk_control', record: 'human_id', columns: ['name', 'description', 'implementation_verification', 'effectiveness_verification'] },
  { table: 'risk_chain', record: 'human_id', columns: ['sequence_of_events', 'benefit_risk'] },
  { table: 'hazard', record: 'human_id', columns: ['description'] },
  { table: 'hazardous_situation', record: 'human_id', columns: ['description'] },
  { table: 'harm', record: 'human_id', columns: ['description'] },
  { table: 'test_case', record: 'human_id', columns: ['objective', 'preconditions', 'pass_criteria'] },
  { table: 'software_item', record: 'human_id', columns: ['description'] },
  { table: 'interface', record: 'human_id', columns: ['description', 'data_exchanged'] },
  { table: 'soup', record: 'human_id', columns: ['purpose', 'functional_requirements', 'anomaly_review'] },
  {
    table: 'problem_report',
    record: 'human_id',
    columns: [
      'description',
      'investigation',
      'root_cause',
      'safety_evaluation',
      'decision_rationale',
      'fix_verification',
      'anomaly_evaluation',
      'user_mitigation',
      'parties_advised',
    ],
  },
  { table: 'change_request', record: 'human_id', columns: ['description', 'rationale', 'impact_notes', 'safety_analysis', 'implementation', 'verification'] },
  { table: 'review_record', record: 'human_id', columns: ['scope', 'findings'] },
  { table: 'qms_record', record: 'human_id', columns: ['fields_json'] },
  { table: 'software_release', record: 'version', columns: ['release_notes', 'build_procedure', 'build_environment', 'delivery'] },
  { table: 'dev_plan_step', record: "'SDP'", columns: ['text'] },
  { table: 'qms_section', record: 'procedure_key', columns: ['text'] },
  {
    table: 'risk_plan',
    record: "'RISK-PLAN'",
    columns: [
      'scope',
      'lifecycle_phases',
      'responsibilities',
      'review_requirements',
      'acceptability_policy',
      'overall_criterion',
      'control_verification',
      'production_information',
      'overall_evaluation',
    ],
  },
];

/** Tables whose rows carry a human ID a text may cite. */
const ID_TABLES = [
  'requirement',
  'risk_control',
  'risk_chain',
  'hazard',
  'hazardous_situation',
  'harm',
  'test_case',
  'test_run',
  'software_item',
  'interface',
  'soup',
  'problem_report',
  'change_request',
  'review_record',
  'qms_record',
];

const SELECT_TEXTS = TEXT_FIELDS.map(({ table, record, columns }) => `SELECT ${record} AS record, ${columns.join(' || char(10) || ')} AS text FROM ${table}`).join('\nUNION ALL\n');
const SELECT_IDS = [...ID_TABLES.map((t) => `SELECT human_id AS id FROM ${t}`), 'SELECT doc_key AS id FROM document WHERE retired_at IS NULL'].join('\nUNION ALL\n');

/**
 * The read model behind the consistency check. It owns no table: it reads the columns the requirements,
 * risk, tests, problems, changes, releases, reviews, QMS and documents migrations promise to keep.
 */
export class CheckRepo {
  private readonly stmt: ReturnType<typeof statementCache>;

  constructor(db: Db) {
    this.stmt = statementCache(db);
  }

  texts(): { record: string; text: string }[] {
    return (this.stmt(SELECT_TEXTS).all() as { record: string; text: string }[]).filter((t) => t.text.trim() !== '');
  }

  knownIds(): string[] {
    return (this.stmt(SELECT_IDS).all() as { id: string }[]).map((r) => r.id);
  }

  requirements(): { id: number; humanId: string; status: string; acceptanceCriteria: string; method: string; createdAt: string }[] {
    return this.stmt(
      `SELECT id, human_id AS humanId, status, acceptance_criteria AS acceptanceCriteria, verification_method AS method, created_at AS createdAt
      FROM requirement ORDER BY id`,
    ).all() as ReturnType<CheckRepo['requirements']>;
  }

  /** The audit rows that created or edited requirements: who, when, and which fields they set. */
  requirementEdits(): { humanId: string; action: string; at: string; userId: number | null; after: string | null }[] {
    return this.stmt(
      `SELECT entity_id AS humanId, action, at, user_id AS userId, after_json AS after FROM audit_log
      WHERE entity = 'requirement' AND action IN ('create', 'update', 'import') ORDER BY seq`,
    ).all() as ReturnType<CheckRepo['requirementEdits']>;
  }

  reviews(): ReviewFacts[] {
    return this.stmt(
      `SELECT human_id AS humanId, kind, reviewer_id AS reviewerId, reviewer_name AS reviewerName, recorded_at AS recordedAt
      FROM review_record ORDER BY id`,
    ).all() as ReviewFacts[];
  }

  /** Unit verifications (5.5.5) by the software unit or item they name, oldest first. */
  unitVerifications(): (UnitFacts['verifications'][number] & { unitId: number })[] {
    return this.stmt(
      `SELECT unit_id AS unitId, human_id AS humanId, result, recorded_at AS recordedAt FROM review_record
      WHERE kind = 'unit-verification' ORDER BY id`,
    ).all() as ReturnType<CheckRepo['unitVerifications']>;
  }

  completedRuns(): { humanId: string; version: string; completedAt: string }[] {
    return this.stmt(
      `SELECT human_id AS humanId, software_version AS version, completed_at AS completedAt FROM test_run
      WHERE completed_at IS NOT NULL ORDER BY completed_at, id`,
    ).all() as ReturnType<CheckRepo['completedRuns']>;
  }

  problems(): ProblemFacts[] {
    return (
      this.stmt(
        `SELECT human_id AS humanId, source, found_in_version AS foundInVersion, affects_safety AS affectsSafety,
        parties_advised || char(10) || safety_evaluation || char(10) || decision_rationale AS vigilanceText
      FROM problem_report ORDER BY id`,
      ).all() as (Omit<ProblemFacts, 'affectsSafety'> & { affectsSafety: number | null })[]
    ).map((p) => ({
      ...p,
      affectsSafety: p.affectsSafety === null ? null : p.affectsSafety === 1,
    }));
  }
}
