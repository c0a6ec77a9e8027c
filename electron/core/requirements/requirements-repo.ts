import type { ParsedInputOf } from '../../../shared/api/contract';
import type { ImportFormat, ImportMapping } from '../../../shared/api/requirements-types';
import type { RecordLabel } from '../../../shared/api/trace-types';
import { reqNumber, type RequirementField } from '../../../shared/requirements/fields';
import type { Db } from '../db/connection';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { lazyStatement, statementCache } from '../db/lazy-statement';

/** A requirement's own columns; its software items live in trace_link. */
export interface RequirementRow {
  id: number;
  humanId: string;
  title: string;
  text: string;
  /** The sanitised XHTML an import brought for `text`; '' when the text is plain. */
  textXhtml: string;
  type: string;
  source: string;
  sourceRef: string;
  rationale: string;
  acceptanceCriteria: string;
  verificationMethod: string;
  status: string;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

export type RequirementFields = Pick<RequirementRow, RequirementField>;

const COLUMNS = `id, human_id AS humanId, title, text, text_xhtml AS textXhtml, type, source, source_ref AS sourceRef, rationale,
  acceptance_criteria AS acceptanceCriteria, verification_method AS verificationMethod, status,
  created_at AS createdAt, updated_at AS updatedAt, revision`;

/** REQ-2 before REQ-10: the prefix, then the number by its length, then the text. Migration 0022 indexes exactly these expressions. */
export const NATURAL_ID = ["rtrim(human_id, '0123456789')", 'length(human_id)', 'human_id'];

type ListQuery = ParsedInputOf<'requirements.list'>;

const SORT_SQL: Record<ListQuery['sort']['column'], string[]> = {
  humanId: NATURAL_ID,
  title: ['title'],
  type: ['type'],
  source: ['source'],
  status: ['status'],
  verificationMethod: ['verification_method'],
  revision: ['revision'],
  updatedAt: ['updated_at'],
};

/** Rows per multi-row INSERT: 13 values each, well under SQLite's limit on bound values. */
const INSERT_BATCH = 100;

/** A requirement an import adds: its fields, its rich text ('' for plain) and the ID the file gave it, if any. */
export interface NewRequirement {
  fields: RequirementFields;
  textXhtml: string;
  humanId: string | null;
}

const escapeLike = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Owns requirement, requirement_sequence and import_mapping. Callers audit; this reads and writes rows. */
export class RequirementsRepo {
  private readonly insertRow;
  private readonly updateRow;
  private readonly selectById;
  private readonly raiseSequence;
  private readonly stmt: (sql: string) => Statement;

  constructor(private readonly db: Db) {
    this.insertRow = lazyStatement(
      db,
      `INSERT INTO requirement
      (human_id, title, text, text_xhtml, type, source, source_ref, rationale, acceptance_criteria, verification_method, status, created_at, updated_at, revision)
      VALUES (@humanId, @title, @text, @textXhtml, @type, @source, @sourceRef, @rationale, @acceptanceCriteria, @verificationMethod, @status, @at, @at, 1)`,
    );
    // Rich text given (an import) replaces the stored one; otherwise it stays while the text does and goes when the text is edited.
    this.updateRow = lazyStatement(
      db,
      `UPDATE requirement SET title = @title, text = @text,
      text_xhtml = CASE WHEN @textXhtml IS NOT NULL THEN @textXhtml WHEN text = @text THEN text_xhtml ELSE '' END, type = @type, source = @source, source_ref = @sourceRef,
      rationale = @rationale, acceptance_criteria = @acceptanceCriteria, verification_method = @verificationMethod, status = @status,
      updated_at = @at, revision = revision + 1 WHERE id = @id`,
    );
    this.selectById = lazyStatement(db, `SELECT ${COLUMNS} FROM requirement WHERE id = ?`);
    this.stmt = statementCache(db);
    this.raiseSequence = lazyStatement(db, 'UPDATE requirement_sequence SET next = max(next, ?) WHERE id = 1');
  }

  byId(id: number): RequirementRow | null {
    return (this.selectById().get(id) as RequirementRow | undefined) ?? null;
  }

  /** Every requirement in ID order (exports, the SRS, imports comparing with what is there). */
  all(): RequirementRow[] {
    return this.db.prepare(`SELECT ${COLUMNS} FROM requirement ORDER BY ${NATURAL_ID.join(', ')}`).all() as RequirementRow[];
  }

  count(): number {
    return this.db.prepare('SELECT count(*) FROM requirement').pluck().get() as number;
  }

  /** The next free REQ-n; the sequence only grows, so a removed requirement's number is never handed out again. */
  private nextHumanId(): string {
    let next = this.db.prepare('SELECT next FROM requirement_sequence WHERE id = 1').pluck().get() as number;
    while (this.db.prepare('SELECT 1 FROM requirement WHERE human_id = ?').get(`REQ-${next}`) !== undefined) next += 1;
    this.db.prepare('UPDATE requirement_sequence SET next = ? WHERE id = 1').run(next + 1);
    return `REQ-${next}`;
  }

  /** Inserts with the given human ID (imports) or the next REQ-n; `textXhtml` is an import's rich form of the text. */
  insert(fields: RequirementFields, at: string, humanId?: string, textXhtml = ''): RequirementRow {
    const id = humanId ?? this.nextHumanId();
    const n = reqNumber(id);
    if (n !== null) this.raiseSequence().run(n + 1);
    const result = this.insertRow().run({ ...fields, textXhtml, humanId: id, at });
    // Built from what was written rather than read back: imports insert thousands in a row.
    return { ...fields, textXhtml, id: Number(result.lastInsertRowid), humanId: id, createdAt: at, updatedAt: at, revision: 1 };
  }

  /**
   * Inserts new requirements as one import brings them, in order, in multi-row statements: each keeps the
   * ID it was given or gets the next free REQ-n (never one the batch itself gives), and the sequence is
   * raised once, past every REQ-n written. Returns the rows written, in the order given.
   */
  insertMany(rows: readonly NewRequirement[], at: string): RequirementRow[] {
    const given = new Set(rows.flatMap((row) => (row.humanId ? [row.humanId] : [])));
    let next = this.db.prepare('SELECT next FROM requirement_sequence WHERE id = 1').pluck().get() as number;
    const taken = (id: string) => given.has(id) || this.db.prepare('SELECT 1 FROM requirement WHERE human_id = ?').get(id) !== undefined;
    const written = rows.map((row): RequirementRow => {
      let humanId = row.humanId;
      if (!humanId) {
        while (taken(`REQ-${next}`)) next += 1;
        humanId = `REQ-${next}`;
        next += 1;
      }
      const n = reqNumber(humanId);
      if (n !== null) next = Math.max(next, n + 1);
      return { ...row.fields, textXhtml: row.textXhtml, id: 0, humanId, createdAt: at, updatedAt: at, revision: 1 };
    });
    const ids = new Map<string, number>();
    for (let start = 0; start < written.length; start += INSERT_BATCH) {
      const batch = written.slice(start, start + INSERT_BATCH);
      const values = batch.flatMap((r) => [
        r.humanId,
        r.title,
        r.text,
        r.textXhtml,
        r.type,
        r.source,
        r.sourceRef,
        r.rationale,
        r.acceptanceCriteria,
        r.verificationMethod,
        r.status,
        at,
        at,
      ]);
      for (const [id, humanId] of this.insertBatch(batch.length).raw().all(values) as [number, string][]) ids.set(humanId, id);
    }
    this.raiseSequence().run(next);
    return written.map((row) => ({ ...row, id: ids.get(row.humanId) ?? 0 }));
  }

  /** The multi-row INSERT for `size` rows (RETURNING gives each new id by its human ID, as row order is not promised). */
  private insertBatch(size: number) {
    const row = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)';
    return this.stmt(
      `INSERT INTO requirement
      (human_id, title, text, text_xhtml, type, source, source_ref, rationale, acceptance_criteria, verification_method, status, created_at, updated_at, revision)
      VALUES ${Array.from({ length: size }, () => row).join(', ')} RETURNING id, human_id`,
    );
  }

  /** Writes every field and counts a new revision; `textXhtml` (an import's) replaces the rich text, else an edited text drops it. */
  update(id: number, fields: RequirementFields, at: string, textXhtml: string | null = null): RequirementRow {
    this.updateRow().run({ ...fields, textXhtml, id, at });
    return this.byId(id) as RequirementRow;
  }

  /** Human IDs and titles of the given requirements, for trace links and reports. */
  labels(ids: readonly number[]): Map<number, RecordLabel> {
    const rows = this.db.prepare('SELECT id, human_id AS humanId, title FROM requirement WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as (RecordLabel & {
      id: number;
    })[];
    return new Map(rows.map(({ id, ...label }) => [id, label]));
  }

  remove(id: number): void {
    this.db.prepare('DELETE FROM requirement WHERE id = ?').run(id);
  }

  /**
   * One page, filtered and sorted. `onlyIds` narrows to the requirements linked to one software item (the
   * caller reads those from the trace links), bound as a JSON array so no value enters the SQL text.
   */
  list(query: ListQuery, onlyIds: number[] | null): { rows: RequirementRow[]; total: number } {
    const { filter } = query;
    const conditions: [string, string, unknown][] = [
      ['type = @type', 'type', filter.type],
      ['source = @source', 'source', filter.source],
      ['status = @status', 'status', filter.status],
      ['verification_method = @verificationMethod', 'verificationMethod', filter.verificationMethod],
      [
        `(human_id LIKE @text ESCAPE '\\' OR title LIKE @text ESCAPE '\\' OR text LIKE @text ESCAPE '\\')`,
        'text',
        filter.text?.trim() ? escapeLike(filter.text.trim()) : undefined,
      ],
      ['id IN (SELECT value FROM json_each(@ids))', 'ids', onlyIds ? JSON.stringify(onlyIds) : undefined],
    ];
    const active = conditions.filter(([, , value]) => value !== undefined);
    const whereSql = active.length ? `WHERE ${active.map(([sql]) => sql).join(' AND ')}` : '';
    const params = Object.fromEntries(active.map(([, name, value]) => [name, value]));
    const dir = query.sort.dir === 'asc' ? 'ASC' : 'DESC';
    const order = SORT_SQL[query.sort.column].map((part) => `${part} ${dir}`).join(', ');
    const total = this.db.prepare(`SELECT count(*) FROM requirement ${whereSql}`).pluck().get(params) as number;
    const rows = this.db
      .prepare(`SELECT ${COLUMNS} FROM requirement ${whereSql} ORDER BY ${order}, id ${dir} LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit: query.limit, offset: query.offset }) as RequirementRow[];
    return { rows, total };
  }

  countWhere(source: string): number {
    return this.db.prepare('SELECT count(*) FROM requirement WHERE source = ?').pluck().get(source) as number;
  }

  /** The mapping saved for a source key; other areas' imports (risk tables) keep theirs here under their own key prefix. */
  savedMapping<M extends Partial<Record<string, string>> = ImportMapping>(sourceKey: string): M | null {
    const json = this.db.prepare('SELECT mapping_json FROM import_mapping WHERE source_key = ?').pluck().get(sourceKey) as string | undefined;
    return json === undefined ? null : (JSON.parse(json) as M);
  }

  saveMapping(sourceKey: string, format: ImportFormat, mapping: Partial<Record<string, string>>, at: string, by: number): void {
    this.db
      .prepare(
        `INSERT INTO import_mapping (source_key, format, mapping_json, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (source_key) DO UPDATE SET mapping_json = excluded.mapping_json, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run(sourceKey, format, JSON.stringify(mapping), at, by);
  }
}
