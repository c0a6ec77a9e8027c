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

/** The fields some class requires, in the order the app lists fields. */
const CHECKED_FIELDS = REQUIREMENT_FIELDS.filter((f) => SAFETY_CLASSES.some((c) => requiredFieldsFor(c).includes(f)));

/** Whether a row misses `field` although its class (rank `cls`, an index into SAFETY_CLASSES) asks for it: requiredFieldsFor, as SQL. */
const missingSql = (field: RequirementField) => {
  const ranks = SAFETY_CLASSES.flatMap((c, rank) => (requiredFieldsFor(c).includes(field) ? [rank] : []));
  return `(trim(${COLUMN_OF[field]}) = '' AND cls IN (${ranks.join(', ')}))`;
};

/** Whether a row misses any field its class asks for. */
const MISSING_SQL = CHECKED_FIELDS.map(missingSql).join(' OR ');

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

  /** Live (not obsolete) requirements that miss a field their class needs, by human ID in ID order, and which fields they miss between them. */
  incompleteLive(itemClasses: ReadonlyMap<number, SafetyClass>, projectClass: SafetyClass): { incomplete: string[]; incompleteFields: RequirementField[] } {
    const flags = CHECKED_FIELDS.map((f) => `${missingSql(f)} AS missing_${COLUMN_OF[f]}`).join(', ');
    const rows = this.db
      .prepare(`${HELD_TO_SQL} SELECT human_id, ${flags} FROM held WHERE status <> 'obsolete' AND (${MISSING_SQL}) ORDER BY ${NATURAL_ID.join(', ')}`)
      .all(this.params(itemClasses, projectClass)) as Record<string, string | number>[];
    return {
      incomplete: rows.map((row) => String(row.human_id)),
      incompleteFields: CHECKED_FIELDS.filter((f) => rows.some((row) => row[`missing_${COLUMN_OF[f]}`] === 1)),
    };
  }

  private params(itemClasses: ReadonlyMap<number, SafetyClass>, projectClass: SafetyClass) {
    const ranks = Object.fromEntries([...itemClasses].map(([id, cls]) => [id, SAFETY_CLASSES.indexOf(cls)]));
    return { ranks: JSON.stringify(ranks), projectRank: SAFETY_CLASSES.indexOf(projectClass) };
  }
}
