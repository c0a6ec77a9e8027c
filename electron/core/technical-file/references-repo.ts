import type { Db } from '../db/connection';

export interface ReferenceRow {
  element: string;
  reference: string;
  updatedAt: string;
  updatedBy: number;
}

const COLUMNS = 'element, reference, updated_at AS updatedAt, updated_by AS updatedBy';

/** Owns technical_file_reference: where the elements Cairn does not write are kept. */
export class TechnicalFileReferencesRepo {
  constructor(private readonly db: Db) {}

  all(): ReferenceRow[] {
    return this.db.prepare(`SELECT ${COLUMNS} FROM technical_file_reference ORDER BY element`).all() as ReferenceRow[];
  }

  of(element: string): ReferenceRow | undefined {
    return this.db.prepare(`SELECT ${COLUMNS} FROM technical_file_reference WHERE element = ?`).get(element) as ReferenceRow | undefined;
  }

  set(row: ReferenceRow): void {
    this.db
      .prepare(
        `INSERT INTO technical_file_reference (element, reference, updated_at, updated_by) VALUES (@element, @reference, @updatedAt, @updatedBy)
         ON CONFLICT (element) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run(row);
  }

  remove(element: string): void {
    this.db.prepare('DELETE FROM technical_file_reference WHERE element = ?').run(element);
  }
}
