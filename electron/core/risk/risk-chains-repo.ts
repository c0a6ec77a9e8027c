import type { RiskInput } from '../../../shared/risk/evaluate';
import type { Db } from '../db/connection';
import { lazyStatement } from '../db/lazy-statement';
import { nextHumanId } from './risk-sequence';

export interface ChainFields {
  hazardId: number;
  sequenceOfEvents: string;
  situationId: number;
  harmId: number;
  initial: RiskInput;
  residual: RiskInput | null;
  benefitRisk: string;
}

export interface ChainRow extends ChainFields {
  id: number;
  humanId: string;
  createdAt: string;
  updatedAt: string;
}

export interface CauseRow {
  chainId: number;
  itemId: number;
  category: string;
  description: string;
}

const COLUMNS = `id, human_id AS humanId, hazard_id AS hazardId, sequence_of_events AS sequenceOfEvents, situation_id AS situationId,
  harm_id AS harmId, initial_p1, initial_p2, initial_p, initial_s, residual_p1, residual_p2, residual_p, residual_s,
  benefit_risk AS benefitRisk, created_at AS createdAt, updated_at AS updatedAt`;

type Raw = Omit<ChainRow, 'initial' | 'residual'> & Record<`${'initial' | 'residual'}_${'p1' | 'p2' | 'p' | 's'}`, number | null>;

function toRow(raw: Raw): ChainRow {
  const { initial_p1, initial_p2, initial_p, initial_s, residual_p1, residual_p2, residual_p, residual_s, ...rest } = raw;
  return {
    ...rest,
    initial: { p1: initial_p1, p2: initial_p2, p: initial_p, s: initial_s },
    residual: residual_s === null ? null : { p1: residual_p1, p2: residual_p2, p: residual_p, s: residual_s },
  };
}

function params(fields: ChainFields) {
  const r = fields.residual;
  return {
    hazardId: fields.hazardId,
    sequenceOfEvents: fields.sequenceOfEvents,
    situationId: fields.situationId,
    harmId: fields.harmId,
    ip1: fields.initial.p1 ?? null,
    ip2: fields.initial.p2 ?? null,
    ip: fields.initial.p ?? null,
    is: fields.initial.s ?? null,
    rp1: r?.p1 ?? null,
    rp2: r?.p2 ?? null,
    rp: r?.p ?? null,
    rs: r?.s ?? null,
    benefitRisk: fields.benefitRisk,
  };
}

/** Owns risk_chain and risk_cause. Callers validate and audit; this reads and writes rows. */
export class RiskChainsRepo {
  private readonly insertRow;
  private readonly insertCause;

  constructor(private readonly db: Db) {
    this.insertRow = lazyStatement(
      db,
      `INSERT INTO risk_chain (human_id, hazard_id, sequence_of_events, situation_id, harm_id, initial_p1, initial_p2,
      initial_p, initial_s, residual_p1, residual_p2, residual_p, residual_s, benefit_risk, created_at, updated_at)
      VALUES (@humanId, @hazardId, @sequenceOfEvents, @situationId, @harmId, @ip1, @ip2, @ip, @is, @rp1, @rp2, @rp, @rs, @benefitRisk, @at, @at)`,
    );
    this.insertCause = lazyStatement(db, 'INSERT INTO risk_cause (chain_id, item_id, category, description) VALUES (?, ?, ?, ?)');
  }

  all(): ChainRow[] {
    return (this.db.prepare(`SELECT ${COLUMNS} FROM risk_chain ORDER BY id`).all() as Raw[]).map(toRow);
  }

  byId(id: number): ChainRow | null {
    const raw = this.db.prepare(`SELECT ${COLUMNS} FROM risk_chain WHERE id = ?`).get(id) as Raw | undefined;
    return raw ? toRow(raw) : null;
  }

  count(): number {
    return this.db.prepare('SELECT count(*) FROM risk_chain').pluck().get() as number;
  }

  insert(fields: ChainFields, at: string): ChainRow {
    const humanId = nextHumanId(this.db, 'RISK');
    const result = this.insertRow().run({ humanId, ...params(fields), at });
    return { id: Number(result.lastInsertRowid), humanId, ...fields, createdAt: at, updatedAt: at };
  }

  update(id: number, fields: ChainFields, at: string): void {
    this.db
      .prepare(
        `UPDATE risk_chain SET hazard_id = @hazardId, sequence_of_events = @sequenceOfEvents, situation_id = @situationId, harm_id = @harmId,
        initial_p1 = @ip1, initial_p2 = @ip2, initial_p = @ip, initial_s = @is, residual_p1 = @rp1, residual_p2 = @rp2, residual_p = @rp,
        residual_s = @rs, benefit_risk = @benefitRisk, updated_at = @at WHERE id = @id`,
      )
      .run({ ...params(fields), at, id });
  }

  remove(id: number): void {
    this.db.prepare('DELETE FROM risk_chain WHERE id = ?').run(id);
  }

  /** Every cause, or one chain's, in the order entered. */
  causes(chainId?: number): CauseRow[] {
    const sql = 'SELECT chain_id AS chainId, item_id AS itemId, category, description FROM risk_cause';
    return (chainId === undefined ? this.db.prepare(`${sql} ORDER BY id`).all() : this.db.prepare(`${sql} WHERE chain_id = ? ORDER BY id`).all(chainId)) as CauseRow[];
  }

  replaceCauses(chainId: number, causes: readonly Omit<CauseRow, 'chainId'>[]): void {
    this.db.prepare('DELETE FROM risk_cause WHERE chain_id = ?').run(chainId);
    for (const c of causes) this.insertCause().run(chainId, c.itemId, c.category, c.description);
  }

  /** The human IDs of the chains that name this software item as a cause. */
  chainsCausedBy(itemId: number): string[] {
    return this.db
      .prepare('SELECT DISTINCT c.human_id FROM risk_cause rc JOIN risk_chain c ON c.id = rc.chain_id WHERE rc.item_id = ? ORDER BY c.id')
      .pluck()
      .all(itemId) as string[];
  }

  /** Whether another chain on the same situation still names this item (its trace link then stays). */
  itemStillContributes(situationId: number, itemId: number): boolean {
    return (
      this.db.prepare('SELECT 1 FROM risk_cause rc JOIN risk_chain c ON c.id = rc.chain_id WHERE c.situation_id = ? AND rc.item_id = ? LIMIT 1').get(situationId, itemId) !==
      undefined
    );
  }
}
