import type { RecordFields, RecordKind } from '../../../shared/qms/records';
import type { Db } from '../db/connection';

export interface QmsRecordRow {
  id: number;
  kind: RecordKind;
  humanId: string;
  fields: RecordFields;
  builtIn: boolean;
  createdAt: string;
  updatedAt: string;
  updatedBy: number;
}

export interface TrainingRow {
  id: number;
  traineeId: number;
  docKey: string;
  version: number;
  trainedOn: string;
  method: string;
  signedBy: number;
  signedAt: string;
}

const RECORD_COLUMNS = `id, kind, human_id AS humanId, fields_json AS fields, built_in AS builtIn, created_at AS createdAt, updated_at AS updatedAt, updated_by AS updatedBy`;

type RawRecord = Omit<QmsRecordRow, 'fields' | 'builtIn'> & { fields: string; builtIn: number };
const toRecord = (r: RawRecord): QmsRecordRow => ({ ...r, fields: JSON.parse(r.fields) as RecordFields, builtIn: r.builtIn === 1 });

/** Owns qms_record and qms_training. */
export class QmsRecordsRepo {
  constructor(private readonly db: Db) {}

  list(kind: RecordKind): QmsRecordRow[] {
    return (this.db.prepare(`SELECT ${RECORD_COLUMNS} FROM qms_record WHERE kind = ? ORDER BY id`).all(kind) as RawRecord[]).map(toRecord);
  }

  byId(id: number): QmsRecordRow | undefined {
    const raw = this.db.prepare(`SELECT ${RECORD_COLUMNS} FROM qms_record WHERE id = ?`).get(id) as RawRecord | undefined;
    return raw ? toRecord(raw) : undefined;
  }

  hasBuiltIn(kind: RecordKind): boolean {
    return this.db.prepare('SELECT 1 FROM qms_record WHERE kind = ? AND built_in = 1').get(kind) !== undefined;
  }

  /** Inserts a record numbered after the kind's last one; records are never removed, so numbers are never reused. */
  insert(r: { kind: RecordKind; prefix: string; fields: RecordFields; builtIn: boolean; at: string; by: number }): QmsRecordRow {
    const count = (this.db.prepare('SELECT COUNT(*) AS n FROM qms_record WHERE kind = ?').get(r.kind) as { n: number }).n;
    const humanId = `${r.prefix}-${String(count + 1).padStart(3, '0')}`;
    const info = this.db
      .prepare('INSERT INTO qms_record (kind, human_id, fields_json, built_in, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(r.kind, humanId, JSON.stringify(r.fields), r.builtIn ? 1 : 0, r.at, r.at, r.by);
    const row = this.byId(Number(info.lastInsertRowid));
    if (!row) throw new Error('The QMS record was not saved.');
    return row;
  }

  update(id: number, fields: RecordFields, at: string, by: number): void {
    this.db.prepare('UPDATE qms_record SET fields_json = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(JSON.stringify(fields), at, by, id);
  }

  training(): TrainingRow[] {
    return this.db
      .prepare(
        `SELECT id, trainee_id AS traineeId, doc_key AS docKey, version, trained_on AS trainedOn, method, signed_by AS signedBy, signed_at AS signedAt
         FROM qms_training ORDER BY trained_on DESC, id DESC`,
      )
      .all() as TrainingRow[];
  }

  insertTraining(t: Omit<TrainingRow, 'id'>): void {
    this.db
      .prepare(
        'INSERT INTO qms_training (trainee_id, doc_key, version, trained_on, method, signed_by, signed_at) VALUES (@traineeId, @docKey, @version, @trainedOn, @method, @signedBy, @signedAt)',
      )
      .run(t);
  }
}
