import type { Db } from '../db/connection';

export interface MatrixRequirementRow {
  id: number;
  humanId: string;
  title: string;
  type: string;
  source: string;
  verificationMethod: string;
}

export interface MatrixSoupRow {
  id: number;
  humanId: string;
  title: string;
  version: string;
}

/** The read model behind the trace matrix: the rows it lists. It owns no table. */
export class MatrixRepo {
  constructor(private readonly db: Db) {}

  requirements(): MatrixRequirementRow[] {
    return this.db
      .prepare(
        `SELECT id, human_id AS humanId, title, type, source, verification_method AS verificationMethod
         FROM requirement WHERE status <> 'obsolete' ORDER BY id`,
      )
      .all() as MatrixRequirementRow[];
  }

  soup(): MatrixSoupRow[] {
    return this.db.prepare('SELECT id, human_id AS humanId, name AS title, version FROM soup WHERE removed_at IS NULL AND direct = 1 ORDER BY id').all() as MatrixSoupRow[];
  }
}
