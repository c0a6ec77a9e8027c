import type { RiskRecordKind } from '../../../shared/api/risk-types';
import type { RecordLabel } from '../../../shared/api/trace-types';
import type { Db } from '../db/connection';
import { nextHumanId, type RiskPrefix } from './risk-sequence';

export interface RiskRecordRow {
  id: number;
  humanId: string;
  name: string;
  description: string;
  category: string;
  createdAt: string;
  updatedAt: string;
}

export type RiskRecordFields = Pick<RiskRecordRow, 'name' | 'description' | 'category'>;

/** Table, ID prefix and the chain column pointing at it; identifiers from this fixed map only, never from input. */
const KINDS: Record<RiskRecordKind, { table: string; prefix: RiskPrefix; chainColumn: string; category: string }> = {
  hazard: { table: 'hazard', prefix: 'HAZ', chainColumn: 'hazard_id', category: 'category' },
  situation: { table: 'hazardous_situation', prefix: 'HS', chainColumn: 'situation_id', category: "''" },
  harm: { table: 'harm', prefix: 'HARM', chainColumn: 'harm_id', category: "''" },
};

const columns = (kind: RiskRecordKind) => `id, human_id AS humanId, name, description, ${KINDS[kind].category} AS category, created_at AS createdAt, updated_at AS updatedAt`;

/** Owns hazard, hazardous_situation and harm: three lists of the same shape (hazards add a category). */
export class RiskRecordsRepo {
  constructor(private readonly db: Db) {}

  all(kind: RiskRecordKind): (RiskRecordRow & { chains: number })[] {
    const { table, chainColumn } = KINDS[kind];
    return this.db
      .prepare(`SELECT ${columns(kind)}, (SELECT count(*) FROM risk_chain c WHERE c.${chainColumn} = r.id) AS chains FROM ${table} r ORDER BY id`)
      .all() as (RiskRecordRow & { chains: number })[];
  }

  byId(kind: RiskRecordKind, id: number): RiskRecordRow | null {
    return (this.db.prepare(`SELECT ${columns(kind)} FROM ${KINDS[kind].table} WHERE id = ?`).get(id) as RiskRecordRow | undefined) ?? null;
  }

  /** Finds a record by name, case-insensitively (imports reuse what is there instead of adding twins). */
  byName(kind: RiskRecordKind, name: string): RiskRecordRow | null {
    return (this.db.prepare(`SELECT ${columns(kind)} FROM ${KINDS[kind].table} WHERE lower(name) = lower(?) ORDER BY id LIMIT 1`).get(name) as RiskRecordRow | undefined) ?? null;
  }

  insert(kind: RiskRecordKind, fields: RiskRecordFields, at: string): RiskRecordRow {
    const humanId = nextHumanId(this.db, KINDS[kind].prefix);
    const withCategory = kind === 'hazard';
    const result = this.db
      .prepare(
        withCategory
          ? 'INSERT INTO hazard (human_id, category, name, description, created_at, updated_at) VALUES (@humanId, @category, @name, @description, @at, @at)'
          : `INSERT INTO ${KINDS[kind].table} (human_id, name, description, created_at, updated_at) VALUES (@humanId, @name, @description, @at, @at)`,
      )
      .run(withCategory ? { humanId, ...fields, at } : { humanId, name: fields.name, description: fields.description, at });
    return { id: Number(result.lastInsertRowid), humanId, ...fields, category: withCategory ? fields.category : '', createdAt: at, updatedAt: at };
  }

  update(kind: RiskRecordKind, id: number, fields: RiskRecordFields, at: string): void {
    if (kind === 'hazard') {
      this.db.prepare('UPDATE hazard SET name = @name, description = @description, category = @category, updated_at = @at WHERE id = @id').run({ ...fields, at, id });
    } else {
      this.db.prepare(`UPDATE ${KINDS[kind].table} SET name = ?, description = ?, updated_at = ? WHERE id = ?`).run(fields.name, fields.description, at, id);
    }
  }

  remove(kind: RiskRecordKind, id: number): void {
    this.db.prepare(`DELETE FROM ${KINDS[kind].table} WHERE id = ?`).run(id);
  }

  /** Human IDs of the chains that use a record, for "still used by" refusals. */
  chainsUsing(kind: RiskRecordKind, id: number): string[] {
    return this.db.prepare(`SELECT human_id FROM risk_chain WHERE ${KINDS[kind].chainColumn} = ? ORDER BY id`).pluck().all(id) as string[];
  }

  labels(kind: RiskRecordKind, ids: readonly number[]): Map<number, RecordLabel> {
    const rows = this.db
      .prepare(`SELECT id, human_id AS humanId, name AS title FROM ${KINDS[kind].table} WHERE id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(ids)) as (RecordLabel & { id: number })[];
    return new Map(rows.map(({ id, ...label }) => [id, label]));
  }
}
