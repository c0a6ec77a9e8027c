import type { AuditFacets, AuditPage, AuditRow, ChainReport } from '../../../shared/api/audit-types';

/** The chain walk's own verdict, before the records are held against it. */
export type ChainWalk = Omit<ChainReport, 'problems'>;
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Db } from '../db/connection';
import { GENESIS_HASH, rowHash, type ChainedFields } from './chain';
import { RowLedger } from './row-ledger';
import { lazyStatement } from '../db/lazy-statement';

/** What a handler says about one change; the repository adds sequence, time, actor and hashes. */
export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  summary: string;
  before?: unknown;
  after?: unknown;
}

export interface Actor {
  id: number | null;
  name: string | null;
}

/** An audit_log row as SQLite returns it. */
export interface StoredRow {
  seq: number;
  at: string;
  user_id: number | null;
  user_name: string | null;
  method: string;
  action: string;
  entity: string;
  entity_id: string | null;
  summary: string;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
  rows_json: string | null;
}

/** The trail's last row, as an anchor signs it. */
export interface AuditHead {
  seq: number;
  hash: string;
}

const toJson = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

/** The fields a row's hash covers, from the row as stored. */
export function chained(row: StoredRow): ChainedFields {
  return {
    seq: row.seq,
    at: row.at,
    userId: row.user_id,
    userName: row.user_name,
    method: row.method,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    summary: row.summary,
    beforeJson: row.before_json,
    afterJson: row.after_json,
    prevHash: row.prev_hash,
    // Files older than 0018 have no such column (the check before their upgrade reads them as they are).
    rowsJson: row.rows_json ?? null,
  };
}

/**
 * The columns a trail row shows people: all but rows_json, the row states only `verify` reads. An import's
 * row states run to megabytes (a bench fixture's to a hundred), so listing recent activity must not read them.
 */
const SHOWN_COLUMNS = 'seq, at, user_id, user_name, method, action, entity, entity_id, summary, before_json, after_json';

type ShownRow = Omit<StoredRow, 'prev_hash' | 'hash' | 'rows_json'>;

function toAuditRow(row: ShownRow): AuditRow {
  return {
    seq: row.seq,
    at: row.at,
    userId: row.user_id,
    userName: row.user_name,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    summary: row.summary,
    before: row.before_json === null ? null : JSON.parse(row.before_json),
    after: row.after_json === null ? null : JSON.parse(row.after_json),
    method: row.method,
  };
}

const SORT_SQL: Record<ParsedInputOf<'audit.list'>['sort']['column'], string> = {
  seq: 'seq',
  at: 'at',
  userName: 'user_name',
  action: 'action',
  entity: 'entity',
  entityId: 'entity_id',
};

/** Owns the audit_log and audit_head tables. */
export class AuditRepo {
  private readonly insertRow;
  private readonly readHead;
  private readonly writeHead;
  private readonly ledger: RowLedger;

  constructor(private readonly db: Db) {
    this.ledger = new RowLedger(db);
    // Prepared on first use: tests open files migrated only part of the way, where rows_json is not there yet.
    this.insertRow = lazyStatement(
      db,
      `INSERT INTO audit_log
      (seq, at, user_id, user_name, method, action, entity, entity_id, summary, before_json, after_json, prev_hash, hash, rows_json)
      VALUES (@seq, @at, @userId, @userName, @method, @action, @entity, @entityId, @summary, @beforeJson, @afterJson, @prevHash, @hash, @rowsJson)`,
    );
    this.readHead = db.prepare('SELECT seq, hash FROM audit_head WHERE id = 1');
    this.writeHead = db.prepare('INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash');
  }

  /** The trail's last row (the genesis hash before the first). */
  head(): AuditHead {
    return (this.readHead.get() as AuditHead | undefined) ?? { seq: 0, hash: GENESIS_HASH };
  }

  /**
   * Appends entries after the current head. Must run inside the caller's transaction. The last entry also
   * records the state the change left every row it touched in, which `verify` holds the file against.
   */
  append(entries: AuditEntry[], actor: Actor, method: string, at: string): void {
    if (!this.db.inTransaction) throw new Error('Audit rows must be written inside the transaction of their change.');
    const touched = this.ledger.drainJson();
    let { seq, hash } = this.head();
    for (const [index, entry] of entries.entries()) {
      const last = index === entries.length - 1;
      seq += 1;
      const fields: ChainedFields = {
        seq,
        at,
        userId: actor.id,
        userName: actor.name,
        method,
        action: entry.action,
        entity: entry.entity,
        entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
        summary: entry.summary,
        beforeJson: toJson(entry.before),
        afterJson: toJson(entry.after),
        prevHash: hash,
        rowsJson: last ? touched : null,
      };
      hash = rowHash(fields);
      this.insertRow().run({ ...fields, hash });
    }
    this.writeHead.run(seq, hash);
  }

  /** Whether this file's trail can carry row states (migration 0018 applied). */
  recordsRowStates(): boolean {
    return this.db.prepare("SELECT 1 FROM pragma_table_info('audit_log') WHERE name = 'rows_json'").get() !== undefined;
  }

  /**
   * Records the current state of every row in one trail row, for a file whose rows the trail did not
   * describe yet (made before 0018) or whose rows a schema upgrade reshaped.
   */
  baseline(entry: AuditEntry, method: string, at: string): void {
    this.db.transaction(() => {
      this.includeEveryRow();
      this.append([entry], { id: null, name: null }, method, at);
    })();
  }

  /** Rows changed in the current transaction that its audit row has yet to describe. */
  pendingRows(): Set<string> {
    return this.ledger.pending();
  }

  /** The next append records every row as it stands: for rows migrations seeded before the trail began. */
  includeEveryRow(): void {
    this.ledger.touchAll();
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  }

  list(query: ParsedInputOf<'audit.list'>): AuditPage {
    const { filter } = query;
    // Each filter adds one bound condition; values never enter the SQL text.
    const conditions: [string, string, unknown][] = [
      ['entity = @entity', 'entity', filter.entity],
      ['entity_id = @entityId', 'entityId', filter.entityId],
      ['action = @action', 'action', filter.action],
      ['user_id = @userId', 'userId', filter.userId],
      ['at >= @from', 'from', filter.from && new Date(filter.from).toISOString()],
      ['at <= @to', 'to', filter.to && new Date(filter.to).toISOString()],
      [
        `(summary LIKE @text ESCAPE '\\' OR entity_id LIKE @text ESCAPE '\\' OR user_name LIKE @text ESCAPE '\\')`,
        'text',
        filter.text && `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      ],
    ];
    const active = conditions.filter(([, , value]) => value !== undefined && value !== '');
    const where = active.map(([sql]) => sql);
    const params = Object.fromEntries(active.map(([, name, value]) => [name, value]));
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const column = SORT_SQL[query.sort.column];
    const dir = query.sort.dir === 'asc' ? 'ASC' : 'DESC';
    const total = (this.db.prepare(`SELECT count(*) AS n FROM audit_log ${whereSql}`).get(params) as { n: number }).n;
    const rows = this.db
      .prepare(`SELECT ${SHOWN_COLUMNS} FROM audit_log ${whereSql} ORDER BY ${column} ${dir}, seq ${dir} LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit: query.limit, offset: query.offset }) as ShownRow[];
    return { rows: rows.map(toAuditRow), total };
  }

  /** Every row in a closed period (and of one entity), oldest first: the content of an audit extract. */
  all(selection: { from: string | null; to: string | null; entity: string | null }): AuditRow[] {
    const rows = this.db
      .prepare(
        `SELECT ${SHOWN_COLUMNS} FROM audit_log WHERE (@from IS NULL OR at >= @from) AND (@to IS NULL OR at <= @to)
         AND (@entity IS NULL OR entity = @entity) ORDER BY seq`,
      )
      .all(selection) as ShownRow[];
    return rows.map(toAuditRow);
  }

  recent(limit: number): AuditRow[] {
    const rows = this.db.prepare(`SELECT ${SHOWN_COLUMNS} FROM audit_log ORDER BY seq DESC LIMIT ?`).all(limit) as ShownRow[];
    return rows.map(toAuditRow);
  }

  facets(): AuditFacets {
    const column = (sql: string) => this.db.prepare(sql).pluck().all() as string[];
    return {
      entities: column('SELECT DISTINCT entity FROM audit_log ORDER BY entity'),
      actions: column('SELECT DISTINCT action FROM audit_log ORDER BY action'),
      users: this.db.prepare('SELECT DISTINCT user_id AS id, user_name AS name FROM audit_log WHERE user_id IS NOT NULL ORDER BY user_name').all() as {
        id: number;
        name: string;
      }[],
    };
  }

  /**
   * Walks the whole chain in order; stops at the first row that does not fit. `visit` sees each row that
   * fits, so one pass also gathers what the trail says about the records.
   */
  /**
   * Members the trail deactivated after the project key was last made (the project created or encrypted,
   * or its key replaced): an encrypted file replaces its key with each deactivation, unless that was cut off.
   */
  deactivatedSinceKeyMade(): number[] {
    return this.db
      .prepare(
        `SELECT DISTINCT CAST(entity_id AS INTEGER) FROM audit_log WHERE entity = 'user' AND action = 'deactivate'
           AND seq > (SELECT coalesce(max(seq), 0) FROM audit_log WHERE entity = 'project' AND action IN ('create', 'encrypt', 'rekey'))`,
      )
      .pluck()
      .all() as number[];
  }

  verify(visit?: (seq: number, rowsJson: string | null) => void): ChainWalk {
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let checked = 0;
    const broken = (seq: number, reason: string): ChainWalk => ({ ok: false, checked, firstBroken: { seq, reason } });
    for (const row of this.db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<StoredRow>) {
      if (row.seq !== expectedSeq) return broken(expectedSeq, `row ${expectedSeq} is missing`);
      if (row.prev_hash !== prevHash) return broken(row.seq, `row ${row.seq} does not point at row ${row.seq - 1}`);
      if (rowHash(chained(row)) !== row.hash) return broken(row.seq, `row ${row.seq} was changed after it was written`);
      visit?.(row.seq, row.rows_json);
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    const head = this.readHead.get() as { seq: number; hash: string } | undefined;
    const lastSeq = expectedSeq - 1;
    if ((head?.seq ?? 0) !== lastSeq || (head?.hash ?? GENESIS_HASH) !== prevHash) {
      return broken(lastSeq + 1, `the trail ends at row ${lastSeq} but row ${head?.seq ?? 0} was the last one written`);
    }
    return { ok: true, checked, firstBroken: null };
  }
}
