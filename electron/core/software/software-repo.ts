import type { ClassifiedSituation } from '../../../shared/api/classification-types';
import type { SoftwareKind } from '../../../shared/api/software-types';
import type { RecordLabel } from '../../../shared/api/trace-types';
import type { ClassificationAnswers } from '../../../shared/regulatory/classification';
import type { ExternalControl } from '../../../shared/regulatory/external-controls';
import type { SafetyClass } from '../../../shared/regulatory/safety-class';
import type { Db } from '../db/connection';

export interface SoftwareRow {
  id: number;
  humanId: string;
  parentId: number | null;
  kind: SoftwareKind;
  name: string;
  description: string;
  createdAt: string;
}

export interface SystemClassificationRow {
  id: number;
  systemId: number;
  answers: ClassificationAnswers;
  externalControls: ExternalControl[];
  situations: ClassifiedSituation[];
  class: SafetyClass;
  rationale: string;
  rationaleExtra: string;
  decidedAt: string;
  decidedBy: number;
}

export interface ItemClassificationRow {
  id: number;
  itemId: number;
  class: SafetyClass | null;
  segregationRationale: string;
  segregationVerification: string;
  rationale: string;
  decidedAt: string;
  decidedBy: number;
}

const PREFIX: Record<SoftwareKind, string> = { system: 'SYS', item: 'ITEM', unit: 'UNIT' };

const ITEM_COLUMNS = 'id, human_id AS humanId, parent_id AS parentId, kind, name, description, created_at AS createdAt';
const SYSTEM_CLASS_COLUMNS = `id, system_id AS systemId, answers_json AS answers, external_controls_json AS externalControls, situations_json AS situations, class,
  rationale, rationale_extra AS rationaleExtra, decided_at AS decidedAt, decided_by AS decidedBy`;
const ITEM_CLASS_COLUMNS = `id, item_id AS itemId, class, segregation_rationale AS segregationRationale,
  segregation_verification AS segregationVerification, rationale, decided_at AS decidedAt, decided_by AS decidedBy`;

type RawSystemClass = Omit<SystemClassificationRow, 'answers' | 'externalControls' | 'situations'> & { answers: string; externalControls: string; situations: string };

function toSystemClass(raw: RawSystemClass): SystemClassificationRow {
  return {
    ...raw,
    answers: JSON.parse(raw.answers) as ClassificationAnswers,
    externalControls: JSON.parse(raw.externalControls) as ExternalControl[],
    situations: JSON.parse(raw.situations) as ClassifiedSituation[],
  };
}

/** Owns software_item, system_classification and item_classification. */
export class SoftwareRepo {
  constructor(private readonly db: Db) {}

  all(): SoftwareRow[] {
    return this.db.prepare(`SELECT ${ITEM_COLUMNS} FROM software_item ORDER BY id`).all() as SoftwareRow[];
  }

  byId(id: number): SoftwareRow | null {
    return (this.db.prepare(`SELECT ${ITEM_COLUMNS} FROM software_item WHERE id = ?`).get(id) as SoftwareRow | undefined) ?? null;
  }

  /**
   * Inserts and gives the node its human ID from its kind's own counter (SYS-001, ITEM-001, UNIT-001, …),
   * which only rises, so a removed node's ID is never handed out again.
   */
  insert(node: Omit<SoftwareRow, 'id' | 'humanId'>): SoftwareRow {
    const number = this.db.prepare('UPDATE software_id_counter SET last = last + 1 WHERE kind = ? RETURNING last').pluck().get(node.kind) as number;
    const humanId = `${PREFIX[node.kind]}-${String(number).padStart(3, '0')}`;
    const id = this.db
      .prepare('INSERT INTO software_item (human_id, parent_id, kind, name, description, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(humanId, node.parentId, node.kind, node.name, node.description, node.createdAt).lastInsertRowid;
    return { ...node, id: Number(id), humanId };
  }

  update(id: number, fields: { name: string; description: string }): void {
    this.db.prepare('UPDATE software_item SET name = ?, description = ? WHERE id = ?').run(fields.name, fields.description, id);
  }

  remove(id: number): void {
    this.db.prepare('DELETE FROM software_item WHERE id = ?').run(id);
  }

  /** Human IDs and names of the given nodes, for trace links and reports. */
  labels(ids: readonly number[]): Map<number, RecordLabel> {
    const rows = this.db
      .prepare('SELECT id, human_id AS humanId, name AS title FROM software_item WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(ids)) as (RecordLabel & { id: number })[];
    return new Map(rows.map(({ id, ...label }) => [id, label]));
  }

  childCount(id: number): number {
    return this.db.prepare('SELECT count(*) FROM software_item WHERE parent_id = ?').pluck().get(id) as number;
  }

  systemClassifications(systemId?: number): SystemClassificationRow[] {
    const rows = (
      systemId === undefined
        ? this.db.prepare(`SELECT ${SYSTEM_CLASS_COLUMNS} FROM system_classification ORDER BY id`).all()
        : this.db.prepare(`SELECT ${SYSTEM_CLASS_COLUMNS} FROM system_classification WHERE system_id = ? ORDER BY id`).all(systemId)
    ) as RawSystemClass[];
    return rows.map(toSystemClass);
  }

  insertSystemClassification(row: Omit<SystemClassificationRow, 'id'>): void {
    this.db
      .prepare(
        `INSERT INTO system_classification (system_id, answers_json, external_controls_json, situations_json, class, rationale, rationale_extra, decided_at, decided_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        row.systemId,
        JSON.stringify(row.answers),
        JSON.stringify(row.externalControls),
        JSON.stringify(row.situations),
        row.class,
        row.rationale,
        row.rationaleExtra,
        row.decidedAt,
        row.decidedBy,
      );
  }

  itemClassifications(itemId?: number): ItemClassificationRow[] {
    return (
      itemId === undefined
        ? this.db.prepare(`SELECT ${ITEM_CLASS_COLUMNS} FROM item_classification ORDER BY id`).all()
        : this.db.prepare(`SELECT ${ITEM_CLASS_COLUMNS} FROM item_classification WHERE item_id = ? ORDER BY id`).all(itemId)
    ) as ItemClassificationRow[];
  }

  insertItemClassification(row: Omit<ItemClassificationRow, 'id'>): void {
    this.db
      .prepare(
        `INSERT INTO item_classification (item_id, class, segregation_rationale, segregation_verification, rationale, decided_at, decided_by)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(row.itemId, row.class, row.segregationRationale, row.segregationVerification, row.rationale, row.decidedAt, row.decidedBy);
  }

  /** Whether the system's current classification names this hazardous situation (its trace link then stays). */
  classificationNamesSituation(systemId: number, situationId: number): boolean {
    return (
      this.db
        .prepare(
          `SELECT 1 FROM (SELECT situations_json FROM system_classification WHERE system_id = ? ORDER BY id DESC LIMIT 1) AS latest, json_each(latest.situations_json) AS s
           WHERE json_extract(s.value, '$.id') = ?`,
        )
        .get(systemId, situationId) !== undefined
    );
  }

  hasClassificationRecords(id: number): boolean {
    return (
      this.db.prepare('SELECT 1 FROM system_classification WHERE system_id = ? UNION ALL SELECT 1 FROM item_classification WHERE item_id = ? LIMIT 1').get(id, id) !== undefined
    );
  }
}
