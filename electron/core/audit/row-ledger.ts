import { createHash } from 'node:crypto';
import type { Db } from '../db/connection';
import { statementCache } from '../db/lazy-statement';

/**
 * Tables whose rows are not records: the trail itself, the migration list and SQLite's own counters.
 * Every other table is accounted for, so a table added by a later migration is covered without a change here.
 */
const UNTRACKED = new Set(['schema_migrations', 'audit_log', 'audit_head', 'sqlite_sequence']);
/** Table and column names Cairn writes; anything else in the file was not made by Cairn. */
const PLAIN_NAME = /^[a-z_][a-z0-9_]*$/;
/** Longer text values are recorded by their SHA-256, so a trail row stays small whatever the record holds. */
const INLINE_TEXT_LIMIT = 512;

export interface TableShape {
  name: string;
  columns: string[];
  key: string[];
}

/** One row's state as a change left it: `image` is null when the change deleted the row. */
export type LedgerRow = [table: string, key: string, image: RowImage | null];
export type RowImage = Record<string, unknown>;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** What the trail keeps of one value: long text and binary values by their hash. */
function kept(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return { sha256: sha256(value) };
  if (typeof value === 'string' && value.length > INLINE_TEXT_LIMIT) return { sha256: sha256(value) };
  return value ?? null;
}

/** What the trail keeps of one row: every column, long text and binary values by their hash. */
export function imageOf(row: Record<string, unknown>, columns: readonly string[]): RowImage {
  const image: RowImage = {};
  for (const column of columns) image[column] = kept(row[column]);
  return image;
}

export const keyOf = (row: Record<string, unknown>, shape: TableShape): string => JSON.stringify(shape.key.map((c) => row[c]));

/** The file's tables, with the names that are not Cairn's set apart so they can be reported. */
export function tablesOf(db: Db): { tracked: TableShape[]; foreign: string[] } {
  const names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  const tracked: TableShape[] = [];
  const foreign: string[] = [];
  for (const name of names) {
    if (UNTRACKED.has(name)) continue;
    if (!PLAIN_NAME.test(name)) {
      foreign.push(name);
      continue;
    }
    const info = db.prepare(`SELECT name, pk FROM pragma_table_info(?)`).all(name) as { name: string; pk: number }[];
    const columns = info.map((c) => c.name);
    if (!columns.every((c) => PLAIN_NAME.test(c))) {
      foreign.push(name);
      continue;
    }
    const key = info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    tracked.push({ name, columns, key: key.length ? key : ['rowid'] });
  }
  return { tracked, foreign };
}

/** A noted key of one whole number, e.g. `[42]`. */
const INTEGER_KEY = /^\[-?\d+\]$/;

/**
 * `kept` in SQL, for one column of the row `t`: the same value, or `{"sha256": …}` for a blob or for text
 * longer than INLINE_TEXT_LIMIT UTF-16 units (JavaScript's length, counted by cairn_utf16_length only when
 * the text might pass it: n characters are between n and 2n UTF-16 units).
 */
function keptSql(column: string): string {
  const c = `t."${column}"`;
  const long = `length(${c}) > ${INLINE_TEXT_LIMIT} OR (length(${c}) > ${INLINE_TEXT_LIMIT / 2} AND cairn_utf16_length(${c}) > ${INLINE_TEXT_LIMIT})`;
  return `CASE WHEN typeof(${c}) = 'blob' OR (typeof(${c}) = 'text' AND (${long})) THEN json_object('sha256', cairn_sha256(${c})) ELSE ${c} END`;
}

/**
 * Each noted key of one table (`?` is its name) with the image of its row as JSON text, built by SQLite
 * (column by column as imageOf builds it), or null when no row has that key any more: a deletion.
 */
function notedImagesSql(shape: TableShape): string {
  const matches = shape.key.map((c, i) => `t."${c}" IS json_extract(n.k, '$[${i}]')`).join(' AND ');
  const image = `json_object(${shape.columns.map((c) => `'${c}', ${keptSql(c)}`).join(', ')})`;
  return `SELECT n.k, CASE WHEN t."${shape.key[0]}" IS NULL THEN NULL ELSE ${image} END
    FROM (SELECT DISTINCT k FROM temp.cairn_touched WHERE tbl = ?) AS n LEFT JOIN main."${shape.name}" AS t ON ${matches} ORDER BY n.k`;
}

/**
 * Notes which rows each change touches, so the audit row of that change can record the state it left
 * them in. The triggers are TEMP: they live in this connection, not in the file, so nobody can drop
 * them from the file, and a foreign writer (the `sqlite3` shell) leaves no note — which is the point.
 */
export class RowLedger {
  private readonly shapes = new Map<string, TableShape>();
  private readonly stmt: ReturnType<typeof statementCache>;
  private readonly readTouched;
  private readonly touchedTables;
  private readonly clearTouched;

  constructor(private readonly db: Db) {
    this.stmt = statementCache(db);
    // What notedImagesSql calls for the few values kept by their hash.
    db.function('cairn_sha256', { deterministic: true }, (value: unknown) => sha256(Buffer.isBuffer(value) ? value : String(value)));
    db.function('cairn_utf16_length', { deterministic: true }, (value: unknown) => String(value).length);
    // No unique key: an outer upsert or INSERT OR REPLACE would override a trigger's OR IGNORE and fail
    // on a duplicate, so duplicates are allowed here and merged when read.
    db.exec('CREATE TEMP TABLE IF NOT EXISTS cairn_touched (tbl TEXT NOT NULL, k TEXT NOT NULL)');
    for (const shape of tablesOf(db).tracked) {
      this.shapes.set(shape.name, shape);
      const keyOfRow = (row: 'NEW' | 'OLD') => `json_array(${shape.key.map((c) => `${row}."${c}"`).join(', ')})`;
      const note = (row: 'NEW' | 'OLD') => `INSERT INTO cairn_touched VALUES ('${shape.name}', ${keyOfRow(row)});`;
      db.exec(`
        CREATE TEMP TRIGGER IF NOT EXISTS "ledger_${shape.name}_insert" AFTER INSERT ON main."${shape.name}" BEGIN ${note('NEW')} END;
        CREATE TEMP TRIGGER IF NOT EXISTS "ledger_${shape.name}_update" AFTER UPDATE ON main."${shape.name}" BEGIN ${note('OLD')} ${note('NEW')} END;
        CREATE TEMP TRIGGER IF NOT EXISTS "ledger_${shape.name}_delete" AFTER DELETE ON main."${shape.name}" BEGIN ${note('OLD')} END;`);
    }
    this.readTouched = db.prepare('SELECT DISTINCT tbl, k FROM temp.cairn_touched ORDER BY tbl, k');
    this.touchedTables = db.prepare('SELECT DISTINCT tbl FROM temp.cairn_touched ORDER BY tbl').pluck();
    this.clearTouched = db.prepare('DELETE FROM temp.cairn_touched');
  }

  /**
   * The rows changed since the last call, each with the state it is in now, as the JSON text of a
   * LedgerRow[] (null when nothing changed); then forgets them. One statement per touched table joins the
   * notes to the rows by key and has SQLite write each row's image: an import of 20,000 rows builds no
   * JavaScript object per row. A noted key with no row left is a deletion.
   */
  drainJson(): string | null {
    const tables = this.touchedTables.all() as string[];
    const parts: string[] = [];
    for (const tbl of tables) {
      const shape = this.shapes.get(tbl);
      if (!shape) continue;
      const name = JSON.stringify(tbl);
      for (const [k, image] of this.stmt(notedImagesSql(shape)).raw().all(tbl) as [string, string | null][]) {
        // SQLite writes a whole-number key as JavaScript would; any other is normalised to JavaScript's JSON.
        const key = INTEGER_KEY.test(k) ? k : JSON.stringify(JSON.parse(k));
        parts.push(`[${name},${JSON.stringify(key)},${image ?? 'null'}]`);
      }
    }
    this.clearTouched.run();
    return parts.length > 0 ? `[${parts.join(',')}]` : null;
  }

  /** Rows this transaction changed that no audit row describes yet (`table\u0000key`): checks mid-change skip them. */
  pending(): Set<string> {
    return new Set((this.readTouched.all() as { tbl: string; k: string }[]).map(({ tbl, k }) => `${tbl}\u0000${JSON.stringify(JSON.parse(k))}`));
  }

  /** Marks every row of every table as touched: the next audit row records the whole current state. */
  touchAll(): void {
    for (const shape of this.shapes.values()) {
      this.db.exec(`INSERT INTO cairn_touched SELECT '${shape.name}', json_array(${shape.key.map((c) => `"${c}"`).join(', ')}) FROM main."${shape.name}"`);
    }
  }
}
