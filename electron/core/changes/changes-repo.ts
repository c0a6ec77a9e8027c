import type { ChangeImpact, ChangeRecord } from '../../../shared/api/changes-types';
import type { RecordLabel, TraceEntity, TraceRef } from '../../../shared/api/trace-types';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../db/connection';
import { statementCache } from '../db/lazy-statement';

const COLUMNS = `id, human_id AS humanId, title, description, rationale, source, problem_id AS problemId, kind, target_version AS targetVersion,
  impact_notes AS impactNotes, impact_json AS impactJson, safety_analysis AS safetyAnalysis, new_risk_controls AS newRiskControls,
  eu_answers_json AS euAnswers, eu_outcome AS euOutcome, eu_rationale AS euRationale, us_answers_json AS usAnswers, us_outcome AS usOutcome,
  us_rationale AS usRationale, implementation, verification, status, approved_at AS approvedAt, created_by AS createdBy,
  created_at AS createdAt, updated_at AS updatedAt`;

type Raw = Omit<ChangeRecord, 'newRiskControls' | 'eu' | 'us'> & {
  impactJson: string | null;
  newRiskControls: number | null;
  euAnswers: string | null;
  euOutcome: string | null;
  euRationale: string;
  usAnswers: string | null;
  usOutcome: string | null;
  usRationale: string;
};

export type ChangeRow = ChangeRecord & { frozenImpact: ChangeImpact | null };

function toRow(raw: Raw): ChangeRow {
  const { impactJson, euAnswers, euOutcome, euRationale, usAnswers, usOutcome, usRationale, newRiskControls, ...rest } = raw;
  return {
    ...rest,
    newRiskControls: newRiskControls === null ? null : newRiskControls === 1,
    eu: euOutcome && euAnswers ? ({ answers: JSON.parse(euAnswers), outcome: euOutcome, rationale: euRationale } as ChangeRecord['eu']) : null,
    us: usOutcome && usAnswers ? ({ answers: JSON.parse(usAnswers), outcome: usOutcome, rationale: usRationale } as ChangeRecord['us']) : null,
    frozenImpact: impactJson ? (JSON.parse(impactJson) as ChangeImpact) : null,
  };
}

export const changeHumanId = (id: number) => `CR-${String(id).padStart(3, '0')}`;

/** The fields a person writes directly. */
export type ChangeFields = Pick<
  ChangeRecord,
  | 'title'
  | 'description'
  | 'rationale'
  | 'source'
  | 'problemId'
  | 'kind'
  | 'targetVersion'
  | 'impactNotes'
  | 'safetyAnalysis'
  | 'newRiskControls'
  | 'implementation'
  | 'verification'
>;

/** The fields a person writes, read off a row. */
export function changeFields(row: ChangeRecord): ChangeFields {
  const { title, description, rationale, source, problemId, kind, targetVersion, impactNotes, safetyAnalysis, newRiskControls, implementation, verification } = row;
  return { title, description, rationale, source, problemId, kind, targetVersion, impactNotes, safetyAnalysis, newRiskControls, implementation, verification };
}

/** Owns change_request and change_target; reads test cases read-only for the regression proposal. Callers audit. */
export class ChangesRepo {
  private readonly stmt: (sql: string) => Statement;

  constructor(db: Db) {
    this.stmt = statementCache(db);
  }

  all(): ChangeRow[] {
    return (this.stmt(`SELECT ${COLUMNS} FROM change_request ORDER BY id DESC`).all() as Raw[]).map(toRow);
  }

  byId(id: number): ChangeRow | null {
    const raw = this.stmt(`SELECT ${COLUMNS} FROM change_request WHERE id = ?`).get(id) as Raw | undefined;
    return raw ? toRow(raw) : null;
  }

  ofProblem(problemId: number): ChangeRow[] {
    return (this.stmt(`SELECT ${COLUMNS} FROM change_request WHERE problem_id = ? ORDER BY id`).all(problemId) as Raw[]).map(toRow);
  }

  /** Inserts and names the row CR-n after its never-reused id. */
  insert(fields: ChangeFields, by: number, at: string): number {
    const id = ((this.stmt("SELECT seq FROM sqlite_sequence WHERE name = 'change_request'").pluck().get() as number | undefined) ?? 0) + 1;
    this.stmt(
      `INSERT INTO change_request (id, human_id, title, description, rationale, source, problem_id, kind, target_version, impact_notes,
         safety_analysis, new_risk_controls, implementation, verification, created_by, created_at, updated_at)
       VALUES (@id, @humanId, @title, @description, @rationale, @source, @problemId, @kind, @targetVersion, @impactNotes,
         @safetyAnalysis, @newRiskControls, @implementation, @verification, @by, @at, @at)`,
    ).run({ ...fields, newRiskControls: bit(fields.newRiskControls), id, humanId: changeHumanId(id), by, at });
    return id;
  }

  update(id: number, fields: ChangeFields, at: string): void {
    this.stmt(
      `UPDATE change_request SET title = @title, description = @description, rationale = @rationale, source = @source, problem_id = @problemId,
         kind = @kind, target_version = @targetVersion, impact_notes = @impactNotes, safety_analysis = @safetyAnalysis,
         new_risk_controls = @newRiskControls, implementation = @implementation, verification = @verification, updated_at = @at
       WHERE id = @id`,
    ).run({ ...fields, newRiskControls: bit(fields.newRiskControls), id, at });
  }

  setAssessment(id: number, region: 'eu' | 'us', answers: Record<string, boolean>, outcome: string, rationale: string, at: string): void {
    const sql =
      region === 'eu'
        ? 'UPDATE change_request SET eu_answers_json = ?, eu_outcome = ?, eu_rationale = ?, updated_at = ? WHERE id = ?'
        : 'UPDATE change_request SET us_answers_json = ?, us_outcome = ?, us_rationale = ?, updated_at = ? WHERE id = ?';
    this.stmt(sql).run(JSON.stringify(answers), outcome, rationale, at, id);
  }

  approve(id: number, impact: ChangeImpact, at: string): void {
    this.stmt("UPDATE change_request SET status = 'approved', impact_json = ?, approved_at = ?, updated_at = ? WHERE id = ?").run(JSON.stringify(impact), at, at, id);
  }

  setStatus(id: number, status: ChangeRecord['status'], at: string): void {
    this.stmt('UPDATE change_request SET status = ?, updated_at = ? WHERE id = ?').run(status, at, id);
  }

  targets(changeId: number): TraceRef[] {
    return this.stmt('SELECT entity_type AS type, entity_id AS id FROM change_target WHERE change_id = ? ORDER BY entity_type, entity_id').all(changeId) as TraceRef[];
  }

  setTargets(changeId: number, targets: readonly TraceRef[]): void {
    this.stmt('DELETE FROM change_target WHERE change_id = ?').run(changeId);
    for (const t of targets) this.stmt('INSERT OR IGNORE INTO change_target (change_id, entity_type, entity_id) VALUES (?, ?, ?)').run(changeId, t.type, t.id);
  }

  /** Live test cases by id: retired cases are never proposed for a re-run. */
  liveTestCases(ids: readonly number[]): Map<number, RecordLabel> {
    const rows = this.stmt('SELECT id, human_id AS humanId, title FROM test_case WHERE retired = 0 AND id IN (SELECT value FROM json_each(?))').all(
      JSON.stringify(ids),
    ) as (RecordLabel & {
      id: number;
    })[];
    return new Map(rows.map(({ id, ...label }) => [id, label]));
  }

  /** Risk chains reached from situations, controls or causing items, labelled "hazard → harm". */
  chainsTouching(
    situationIds: readonly number[],
    controlIds: readonly number[],
    itemIds: readonly number[],
  ): { id: number; humanId: string; title: string; situationId: number; via: TraceEntity; viaId: number }[] {
    return this.stmt(
      `SELECT c.id, c.human_id AS humanId, hz.name || ' → ' || hm.name AS title, c.situation_id AS situationId, hit.via, hit.viaId
       FROM (
         SELECT id AS chainId, 'hazardous_situation' AS via, situation_id AS viaId FROM risk_chain WHERE situation_id IN (SELECT value FROM json_each(@situations))
         UNION SELECT chain_id, 'risk_control', control_id FROM risk_chain_control WHERE control_id IN (SELECT value FROM json_each(@controls))
         UNION SELECT chain_id, 'software_item', item_id FROM risk_cause WHERE item_id IN (SELECT value FROM json_each(@items))
       ) hit
       JOIN risk_chain c ON c.id = hit.chainId JOIN hazard hz ON hz.id = c.hazard_id JOIN harm hm ON hm.id = c.harm_id
       ORDER BY c.id`,
    ).all({ situations: JSON.stringify(situationIds), controls: JSON.stringify(controlIds), items: JSON.stringify(itemIds) }) as {
      id: number;
      humanId: string;
      title: string;
      situationId: number;
      via: TraceEntity;
      viaId: number;
    }[];
  }
}

const bit = (b: boolean | null) => (b === null ? null : b ? 1 : 0);
