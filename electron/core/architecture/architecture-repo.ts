import type { InterfaceDirection, InterfaceEnd, InterfaceRecord } from '../../../shared/api/architecture-types';
import type { Db } from '../db/connection';

export type InterfaceRow = InterfaceRecord;

export type InterfaceFields = Pick<InterfaceRow, 'name' | 'description' | 'from' | 'to' | 'protocol' | 'dataExchanged' | 'direction'>;

export interface SegregationRow {
  itemId: number;
  measure: string;
  effectiveness: string;
  updatedAt: string;
  updatedBy: number;
}

export interface UnitDesignRow {
  unitId: number;
  design: string;
  interfaces: string;
  updatedAt: string;
  updatedBy: number;
}

interface RawInterface {
  id: number;
  humanId: string;
  name: string;
  description: string;
  fromKind: InterfaceEnd['kind'];
  fromSoftwareId: number | null;
  fromSoupId: number | null;
  fromExternal: string;
  toKind: InterfaceEnd['kind'];
  toSoftwareId: number | null;
  toSoupId: number | null;
  toExternal: string;
  protocol: string;
  dataExchanged: string;
  direction: InterfaceDirection;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

const INTERFACE_COLUMNS = `id, human_id AS humanId, name, description,
  from_kind AS fromKind, from_software_id AS fromSoftwareId, from_soup_id AS fromSoupId, from_external AS fromExternal,
  to_kind AS toKind, to_software_id AS toSoftwareId, to_soup_id AS toSoupId, to_external AS toExternal,
  protocol, data_exchanged AS dataExchanged, direction, created_at AS createdAt, updated_at AS updatedAt, revision`;

function endOf(kind: InterfaceEnd['kind'], softwareId: number | null, soupId: number | null, external: string): InterfaceEnd {
  if (kind === 'software') return { kind, id: softwareId ?? 0 };
  if (kind === 'soup') return { kind, id: soupId ?? 0 };
  return { kind, name: external };
}

/** The three columns an end is stored in: exactly one of them is set. */
function columnsOf(end: InterfaceEnd): [InterfaceEnd['kind'], number | null, number | null, string] {
  if (end.kind === 'software') return [end.kind, end.id, null, ''];
  if (end.kind === 'soup') return [end.kind, null, end.id, ''];
  return [end.kind, null, null, end.name];
}

function toInterface(raw: RawInterface): InterfaceRow {
  return {
    id: raw.id,
    humanId: raw.humanId,
    name: raw.name,
    description: raw.description,
    from: endOf(raw.fromKind, raw.fromSoftwareId, raw.fromSoupId, raw.fromExternal),
    to: endOf(raw.toKind, raw.toSoftwareId, raw.toSoupId, raw.toExternal),
    protocol: raw.protocol,
    dataExchanged: raw.dataExchanged,
    direction: raw.direction,
    createdAt: raw.createdAt,
    updatedAt: raw.updatedAt,
    revision: raw.revision,
  };
}

/** Owns interface, segregation_measure and unit_design. Callers audit; this only reads and writes rows. */
export class ArchitectureRepo {
  constructor(private readonly db: Db) {}

  interfaces(): InterfaceRow[] {
    return (this.db.prepare(`SELECT ${INTERFACE_COLUMNS} FROM interface ORDER BY id`).all() as RawInterface[]).map(toInterface);
  }

  interfaceById(id: number): InterfaceRow | null {
    const raw = this.db.prepare(`SELECT ${INTERFACE_COLUMNS} FROM interface WHERE id = ?`).get(id) as RawInterface | undefined;
    return raw ? toInterface(raw) : null;
  }

  /** Inserts and names the interface IF-n from its never-reused row id. */
  insertInterface(fields: InterfaceFields, at: string): InterfaceRow {
    const next = ((this.db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'interface'").pluck().get() as number | undefined) ?? 0) + 1;
    this.db
      .prepare(
        `INSERT INTO interface (id, human_id, name, description, from_kind, from_software_id, from_soup_id, from_external,
           to_kind, to_software_id, to_soup_id, to_external, protocol, data_exchanged, direction, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        next,
        `IF-${next}`,
        fields.name,
        fields.description,
        ...columnsOf(fields.from),
        ...columnsOf(fields.to),
        fields.protocol,
        fields.dataExchanged,
        fields.direction,
        at,
        at,
      );
    return this.interfaceById(next) as InterfaceRow;
  }

  updateInterface(id: number, fields: InterfaceFields, at: string): InterfaceRow {
    this.db
      .prepare(
        `UPDATE interface SET name = ?, description = ?, from_kind = ?, from_software_id = ?, from_soup_id = ?, from_external = ?,
           to_kind = ?, to_software_id = ?, to_soup_id = ?, to_external = ?, protocol = ?, data_exchanged = ?, direction = ?,
           updated_at = ?, revision = revision + 1
         WHERE id = ?`,
      )
      .run(fields.name, fields.description, ...columnsOf(fields.from), ...columnsOf(fields.to), fields.protocol, fields.dataExchanged, fields.direction, at, id);
    return this.interfaceById(id) as InterfaceRow;
  }

  removeInterface(id: number): void {
    this.db.prepare('DELETE FROM interface WHERE id = ?').run(id);
  }

  /** Whether any architecture record names this software node (so removing the node would orphan it). */
  mentionsSoftware(nodeId: number): boolean {
    return (
      this.db
        .prepare(
          `SELECT 1 FROM interface WHERE from_software_id = @id OR to_software_id = @id
           UNION ALL SELECT 1 FROM segregation_measure WHERE item_id = @id
           UNION ALL SELECT 1 FROM unit_design WHERE unit_id = @id LIMIT 1`,
        )
        .get({ id: nodeId }) !== undefined
    );
  }

  segregations(): SegregationRow[] {
    return this.db
      .prepare('SELECT item_id AS itemId, measure, effectiveness, updated_at AS updatedAt, updated_by AS updatedBy FROM segregation_measure ORDER BY item_id')
      .all() as SegregationRow[];
  }

  setSegregation(row: SegregationRow): void {
    this.db
      .prepare(
        `INSERT INTO segregation_measure (item_id, measure, effectiveness, updated_at, updated_by) VALUES (@itemId, @measure, @effectiveness, @updatedAt, @updatedBy)
         ON CONFLICT (item_id) DO UPDATE SET measure = excluded.measure, effectiveness = excluded.effectiveness, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run(row);
  }

  clearSegregation(itemId: number): void {
    this.db.prepare('DELETE FROM segregation_measure WHERE item_id = ?').run(itemId);
  }

  unitDesigns(): UnitDesignRow[] {
    return this.db
      .prepare('SELECT unit_id AS unitId, design, interfaces, updated_at AS updatedAt, updated_by AS updatedBy FROM unit_design ORDER BY unit_id')
      .all() as UnitDesignRow[];
  }

  setUnitDesign(row: UnitDesignRow): void {
    this.db
      .prepare(
        `INSERT INTO unit_design (unit_id, design, interfaces, updated_at, updated_by) VALUES (@unitId, @design, @interfaces, @updatedAt, @updatedBy)
         ON CONFLICT (unit_id) DO UPDATE SET design = excluded.design, interfaces = excluded.interfaces, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run(row);
  }

  clearUnitDesign(unitId: number): void {
    this.db.prepare('DELETE FROM unit_design WHERE unit_id = ?').run(unitId);
  }
}
