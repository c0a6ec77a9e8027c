import type { IntegrityProblem } from '../../../shared/api/audit-types';
import type { Db } from '../db/connection';
import { RecordLabels } from './record-labels';
import { imageOf, keyOf, tablesOf, type LedgerRow, type RowImage } from './row-ledger';

interface Recorded {
  seq: number;
  image: RowImage | null;
}

const SHOWN = 60;

function shown(value: unknown): string {
  if (value && typeof value === 'object') return '(long value)';
  const text = JSON.stringify(value) ?? 'null';
  return text.length > SHOWN ? `${text.slice(0, SHOWN - 1)}…"` : text;
}

/** Which columns differ, with the recorded and the current value side by side. */
export function differences(recorded: RowImage, current: RowImage): string {
  const columns = new Set([...Object.keys(recorded), ...Object.keys(current)]);
  const changed = [...columns].filter((c) => JSON.stringify(recorded[c]) !== JSON.stringify(current[c]));
  return changed.map((c) => `${c} ${shown(recorded[c])} → ${shown(current[c])}`).join('; ');
}

/**
 * What the trail says every row should look like now: the latest state recorded for it. Fed one trail row
 * at a time during the chain walk, so 100k rows cost one pass.
 */
export class TrailState {
  private readonly latest = new Map<string, Recorded>();
  /** Every certificate fingerprint a recorded change ever gave each user, for anchors signed by since-replaced keys. */
  readonly keysOfUser = new Map<number, Set<string>>();

  visit(seq: number, rowsJson: string | null): void {
    if (rowsJson === null) return;
    for (const [table, key, image] of JSON.parse(rowsJson) as LedgerRow[]) {
      this.latest.set(`${table}\u0000${key}`, { seq, image });
      if (table === 'signing_key' && image && typeof image.user_id === 'number' && typeof image.fingerprint === 'string') {
        const known = this.keysOfUser.get(image.user_id) ?? new Set<string>();
        known.add(image.fingerprint);
        this.keysOfUser.set(image.user_id, known);
      }
    }
  }

  /** Each user's first key as the trail recorded it: the one key that needs no owner's approval. */
  firstKeys(): Map<number, string> {
    const first = new Map<number, string>();
    for (const [userId, fingerprints] of this.keysOfUser) {
      const [fingerprint] = fingerprints;
      if (fingerprint) first.set(userId, fingerprint);
    }
    return first;
  }

  recorded(table: string, key: string): Recorded | undefined {
    return this.latest.get(`${table}\u0000${key}`);
  }

  /** The rows the trail says exist, for finding the ones deleted behind its back. */
  *entries(): IterableIterator<[table: string, key: string, recorded: Recorded]> {
    for (const [id, recorded] of this.latest) {
      const [table = '', key = ''] = id.split('\u0000');
      yield [table, key, recorded];
    }
  }
}

/** Holds every row of every table against the trail: changed, unaccounted for, or deleted outside Cairn. */
export function accountForRecords(db: Db, trail: TrailState, pending: ReadonlySet<string>): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const labels = new RecordLabels(db);
  const { tracked, foreign } = tablesOf(db);
  for (const name of foreign) problems.push({ kind: 'records', table: name, record: '—', detail: 'this table is not one Cairn makes' });
  const seen = new Set<string>();
  for (const shape of tracked) {
    for (const row of db.prepare(`SELECT * FROM main."${shape.name}"`).iterate() as IterableIterator<Record<string, unknown>>) {
      const key = keyOf(row, shape);
      const id = `${shape.name}\u0000${key}`;
      seen.add(id);
      if (pending.has(id)) continue;
      const image = imageOf(row, shape.columns);
      const recorded = trail.recorded(shape.name, key);
      if (recorded?.image && JSON.stringify(recorded.image) === JSON.stringify(image)) continue;
      const record = labels.of(shape.name, key, image);
      const detail = !recorded
        ? 'no audited change introduced this row'
        : recorded.image === null
          ? `audit row ${recorded.seq} deleted it, yet it is there`
          : `changed outside Cairn since audit row ${recorded.seq}: ${differences(recorded.image, image)}`;
      problems.push({ kind: 'records', table: shape.name, record, detail });
    }
  }
  const tables = new Set(tracked.map((t) => t.name));
  for (const [table, key, recorded] of trail.entries()) {
    const id = `${table}\u0000${key}`;
    if (recorded.image === null || seen.has(id) || pending.has(id)) continue;
    const detail = tables.has(table) ? `deleted outside Cairn (last recorded by audit row ${recorded.seq})` : `its table is gone (last recorded by audit row ${recorded.seq})`;
    problems.push({ kind: 'records', table, record: labels.of(table, key, recorded.image), detail });
  }
  return problems;
}
