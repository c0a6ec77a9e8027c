import { REQUIREMENT_FIELDS, requiredFieldsFor, type RequirementField } from '../../../shared/requirements/fields';
import { SAFETY_CLASSES, type SafetyClass } from '../../../shared/regulatory/safety-class';
import type { Db } from '../db/connection';
import { NATURAL_ID } from './requirements-repo';

const COLUMN_OF: Record<RequirementField, string> = {
  title: 'title',
  text: 'text',
  type: 'type',
  source: 'source',
  sourceRef: 'source_ref',
  rationale: 'rationale',
  acceptanceCriteria: 'acceptance_criteria',
  verificationMethod: 'verification_method',
  status: 'status',
};

/** Whether a row misses what its class (rank `cls`, an index into SAFETY_CLASSES) asks: requiredFieldsFor, written as SQL. */
const MISSING_SQL = `CASE cls ${SAFETY_CLASSES.map(
  (c, rank) =>
    `WHEN ${rank} THEN ${requiredFieldsFor(c)
      .map((f) => `trim(${COLUMN_OF[f]}) = ''`)
      .join(' OR ')}`,
).join(' ')} END`;

/**
 * Each requirement with the rank of the class it is held to: its highest allocated item's (item ranks come
 * bound as JSON, MATERIALIZED so SQLite indexes them rather than scanning the JSON once per link), else
 * the project's. The links are read in the order of the (from_type, from_id, …) index, so SQLite groups them
 * as it goes; nothing per requirement crosses into JavaScript.
 */
const HELD_TO_SQL = `WITH ranks(item, rank) AS MATERIALIZED (SELECT CAST(key AS INTEGER), value FROM json_each(@ranks)),
  highest(id, rank) AS (
    SELECT t.from_id, max(ranks.rank) FROM trace_link t JOIN ranks ON ranks.item = t.to_id
    WHERE t.from_type = 'requirement' AND t.to_type = 'software_item' GROUP BY t.from_id),
  held AS (SELECT r.*, h.rank IS NULL AS unallocated, coalesce(h.rank, @projectRank) AS cls FROM requirement r LEFT JOIN highest h ON h.id = r.id)`;

/**
 * The read model behind the requirements overview and the walk: which requirements sit on no software item
 * and which miss what their class asks, over 100k requirements and 300k links in one statement. It owns no
 * table; it reads the columns the requirements and trace migrations keep.
 */
export class AllocationRepo {
  constructor(private readonly db: Db) {}

  /** How many requirements are on no item, and how many (obsolete ones too) miss a field their class needs. */
  counts(itemClasses: ReadonlyMap<number, SafetyClass>, projectClass: SafetyClass): { unallocated: number; incomplete: number } {
    const row = this.db
      .prepare(`${HELD_TO_SQL} SELECT coalesce(sum(unallocated), 0) AS unallocated, coalesce(sum(${MISSING_SQL}), 0) AS incomplete FROM held`)
      .get(this.params(itemClasses, projectClass)) as { unallocated: number; incomplete: number };
    return row;
  }

  /** The human IDs of live (not obsolete) requirements that miss a field their class needs, in ID order. */
  incompleteLive(itemClasses: ReadonlyMap<number, SafetyClass>, projectClass: SafetyClass): string[] {
    return this.db
      .prepare(`${HELD_TO_SQL} SELECT human_id FROM held WHERE status <> 'obsolete' AND (${MISSING_SQL}) ORDER BY ${NATURAL_ID.join(', ')}`)
      .pluck()
      .all(this.params(itemClasses, projectClass)) as string[];
  }

  /** Which fields the live requirements miss where their class asks for them, across them all, in the fields' order. */
  missingFieldsLive(itemClasses: ReadonlyMap<number, SafetyClass>, projectClass: SafetyClass): RequirementField[] {
    const ranksAsking = (f: RequirementField) => SAFETY_CLASSES.flatMap((c, rank) => (requiredFieldsFor(c).includes(f) ? [rank] : []));
    const fields = REQUIREMENT_FIELDS.filter((f) => ranksAsking(f).length > 0);
    const columns = fields.map((f) => `coalesce(max(cls IN (${ranksAsking(f).join(', ')}) AND trim(${COLUMN_OF[f]}) = ''), 0) AS "${f}"`).join(', ');
    const row = this.db.prepare(`${HELD_TO_SQL} SELECT ${columns} FROM held WHERE status <> 'obsolete'`).get(this.params(itemClasses, projectClass)) as Record<string, number>;
    return fields.filter((f) => row[f] === 1);
  }

  private params(itemClasses: ReadonlyMap<number, SafetyClass>, projectClass: SafetyClass) {
    const ranks = Object.fromEntries([...itemClasses].map(([id, cls]) => [id, SAFETY_CLASSES.indexOf(cls)]));
    return { ranks: JSON.stringify(ranks), projectRank: SAFETY_CLASSES.indexOf(projectClass) };
  }
}
