import type { ProjectInfo } from '../../../shared/api/types';
import type { Db } from '../db/connection';

interface ProjectRow {
  product_name: string;
  manufacturer: string;
  created_at: string;
  created_with: string;
}

/** Owns the single-row project table. `path` is where the file was opened from, not stored inside it. */
export class ProjectRepo {
  constructor(
    private readonly db: Db,
    private readonly path: string,
    private readonly encrypted: boolean,
  ) {}

  get(): ProjectInfo {
    const row = this.db.prepare('SELECT * FROM project WHERE id = 1').get() as ProjectRow | undefined;
    if (!row) throw new Error('The project row is missing: the file was created by an interrupted Cairn.');
    return {
      path: this.path,
      productName: row.product_name,
      manufacturer: row.manufacturer,
      createdAt: row.created_at,
      createdWith: row.created_with,
      encrypted: this.encrypted,
    };
  }

  insert(p: Omit<ProjectInfo, 'path' | 'encrypted'>): void {
    this.db
      .prepare('INSERT INTO project (id, product_name, manufacturer, created_at, created_with) VALUES (1, ?, ?, ?, ?)')
      .run(p.productName, p.manufacturer, p.createdAt, p.createdWith);
  }

  update(p: { productName: string; manufacturer: string }): ProjectInfo {
    this.db.prepare('UPDATE project SET product_name = ?, manufacturer = ? WHERE id = 1').run(p.productName, p.manufacturer);
    return this.get();
  }
}
