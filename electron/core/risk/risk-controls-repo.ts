import type { RecordLabel } from '../../../shared/api/trace-types';
import type { ControlType } from '../../../shared/risk/controls';
import type { Db } from '../db/connection';
import { lazyStatement } from '../db/lazy-statement';
import { nextHumanId } from './risk-sequence';

export interface ControlFields {
  type: ControlType;
  name: string;
  description: string;
  implementationVerification: string;
  effectivenessVerification: string;
  introducesHazard: boolean;
  newHazardId: number | null;
}

export interface ControlRow extends ControlFields {
  id: number;
  humanId: string;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = `id, human_id AS humanId, type, name, description, implementation_verification AS implementationVerification,
  effectiveness_verification AS effectivenessVerification, introduces_hazard AS introducesHazard, new_hazard_id AS newHazardId,
  created_at AS createdAt, updated_at AS updatedAt`;

type Raw = Omit<ControlRow, 'introducesHazard'> & { introducesHazard: number };

const toRow = (raw: Raw): ControlRow => ({ ...raw, introducesHazard: raw.introducesHazard === 1 });

const params = (f: ControlFields) => ({ ...f, introducesHazard: Number(f.introducesHazard) });

/** Owns risk_control and risk_chain_control. Callers validate and audit. */
export class RiskControlsRepo {
  private readonly link;

  constructor(private readonly db: Db) {
    this.link = lazyStatement(db, 'INSERT OR IGNORE INTO risk_chain_control (chain_id, control_id) VALUES (?, ?)');
  }

  all(): ControlRow[] {
    return (this.db.prepare(`SELECT ${COLUMNS} FROM risk_control ORDER BY id`).all() as Raw[]).map(toRow);
  }

  byId(id: number): ControlRow | null {
    const raw = this.db.prepare(`SELECT ${COLUMNS} FROM risk_control WHERE id = ?`).get(id) as Raw | undefined;
    return raw ? toRow(raw) : null;
  }

  insert(fields: ControlFields, at: string): ControlRow {
    const humanId = nextHumanId(this.db, 'RC');
    const result = this.db
      .prepare(
        `INSERT INTO risk_control (human_id, type, name, description, implementation_verification, effectiveness_verification,
        introduces_hazard, new_hazard_id, created_at, updated_at)
        VALUES (@humanId, @type, @name, @description, @implementationVerification, @effectivenessVerification, @introducesHazard, @newHazardId, @at, @at)`,
      )
      .run({ humanId, ...params(fields), at });
    return { id: Number(result.lastInsertRowid), humanId, ...fields, createdAt: at, updatedAt: at };
  }

  update(id: number, fields: ControlFields, at: string): void {
    this.db
      .prepare(
        `UPDATE risk_control SET type = @type, name = @name, description = @description, implementation_verification = @implementationVerification,
        effectiveness_verification = @effectivenessVerification, introduces_hazard = @introducesHazard, new_hazard_id = @newHazardId, updated_at = @at
        WHERE id = @id`,
      )
      .run({ ...params(fields), at, id });
  }

  remove(id: number): void {
    this.db.prepare('DELETE FROM risk_control WHERE id = ?').run(id);
  }

  /** Every (chain, control) pair, in the order they were joined. */
  pairs(): { chainId: number; controlId: number }[] {
    return this.db.prepare('SELECT chain_id AS chainId, control_id AS controlId FROM risk_chain_control ORDER BY chain_id, control_id').all() as {
      chainId: number;
      controlId: number;
    }[];
  }

  chainIdsOf(controlId: number): number[] {
    return this.db.prepare('SELECT chain_id FROM risk_chain_control WHERE control_id = ? ORDER BY chain_id').pluck().all(controlId) as number[];
  }

  controlIdsOf(chainId: number): number[] {
    return this.db.prepare('SELECT control_id FROM risk_chain_control WHERE chain_id = ? ORDER BY control_id').pluck().all(chainId) as number[];
  }

  setChains(controlId: number, chainIds: readonly number[]): void {
    this.db.prepare('DELETE FROM risk_chain_control WHERE control_id = ?').run(controlId);
    for (const chainId of chainIds) this.link().run(chainId, controlId);
  }

  labels(ids: readonly number[]): Map<number, RecordLabel> {
    const rows = this.db
      .prepare('SELECT id, human_id AS humanId, name AS title FROM risk_control WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(ids)) as (RecordLabel & { id: number })[];
    return new Map(rows.map(({ id, ...label }) => [id, label]));
  }
}
