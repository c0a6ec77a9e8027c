import type { Db } from '../db/connection';

export interface GapRow {
  id: number;
  humanId: string;
  title: string;
}

const LIVE_REQUIREMENT = "r.status <> 'obsolete'";
const LIVE_SOUP = 's.removed_at IS NULL';

/**
 * The read model behind the gap report: each query walks one area's records against trace_link. A probe
 * from a record's `to` end writes `+t.from_type`: the unary plus keeps SQLite on trace_link_to (to_type,
 * to_id) instead of the unique (from_type, …) index, which would walk every link of that type per record. It owns
 * no table; the columns it reads are the ones the requirements, SOUP and risk migrations promise to keep.
 */
export class GapsRepo {
  constructor(private readonly db: Db) {}

  /**
   * Live requirements with no item link. The live ids come from the (status, id) index and only the gaps
   * read the wide rows: on 100k requirements that is a tenth of the pages a scan of the table decrypts.
   */
  requirementsWithoutItem(): GapRow[] {
    return this.rows(`SELECT r.id, r.human_id AS humanId, r.title FROM requirement r WHERE r.id IN (
        SELECT live.id FROM requirement live WHERE live.status <> 'obsolete' AND NOT EXISTS (
          SELECT 1 FROM trace_link t WHERE t.from_type = 'requirement' AND t.from_id = live.id AND t.to_type = 'software_item'))
      ORDER BY r.id`);
  }

  /** No method chosen and no test linked: nobody has said how it will be shown to work. */
  requirementsWithoutVerification(): GapRow[] {
    return this.rows(`SELECT r.id, r.human_id AS humanId, r.title FROM requirement r
      WHERE ${LIVE_REQUIREMENT} AND r.verification_method = '' AND NOT EXISTS (
        SELECT 1 FROM trace_link t WHERE t.to_type = 'requirement' AND t.to_id = r.id AND +t.from_type = 'test_case')
      ORDER BY r.id`);
  }

  /** Items (not systems, not units) that nothing is specified for. */
  itemsWithoutRequirement(): GapRow[] {
    return this.rows(`SELECT i.id, i.human_id AS humanId, i.name AS title FROM software_item i
      WHERE i.kind = 'item' AND NOT EXISTS (
        SELECT 1 FROM trace_link t WHERE t.to_type = 'software_item' AND t.to_id = i.id AND +t.from_type = 'requirement')
      ORDER BY i.id`);
  }

  /** Direct SOUP only: a transitive package's purpose is its parent's. */
  soupWithoutPurpose(): GapRow[] {
    return this.rows(`SELECT s.id, s.human_id AS humanId, s.name || ' ' || s.version AS title FROM soup s
      WHERE ${LIVE_SOUP} AND s.direct = 1 AND trim(s.purpose) = '' ORDER BY s.id`);
  }

  soupWithoutItem(): GapRow[] {
    return this.rows(`SELECT s.id, s.human_id AS humanId, s.name || ' ' || s.version AS title FROM soup s
      WHERE ${LIVE_SOUP} AND s.direct = 1 AND NOT EXISTS (
        SELECT 1 FROM trace_link t WHERE t.from_type = 'soup' AND t.from_id = s.id AND t.to_type = 'software_item')
      ORDER BY s.id`);
  }

  /** 62304 5.2.3 and 7.2.2: a control implemented in software is a requirement. */
  controlsWithoutRequirement(): GapRow[] {
    // A control with a recorded implementation check and no requirement works outside the software
    // (a procedure, labelling, hardware): what control-placement.ts calls external, not a gap.
    return this.rows(`SELECT c.id, c.human_id AS humanId, c.name AS title FROM risk_control c
      WHERE c.implementation_verification = '' AND NOT EXISTS (
        SELECT 1 FROM trace_link t WHERE t.from_type = 'risk_control' AND t.from_id = c.id AND t.to_type = 'requirement')
      ORDER BY c.id`);
  }

  /** Marked as a risk control, yet no control in the risk file names it. */
  riskRequirementsWithoutControl(): GapRow[] {
    return this.rows(`SELECT r.id, r.human_id AS humanId, r.title FROM requirement r
      WHERE ${LIVE_REQUIREMENT} AND r.source = 'risk-control' AND NOT EXISTS (
        SELECT 1 FROM trace_link t WHERE t.to_type = 'requirement' AND t.to_id = r.id AND +t.from_type = 'risk_control')
      ORDER BY r.id`);
  }

  /** ISO 14971 7.2 and 62304 7.3.1: each control's implementation is verified, by a recorded check or a test. */
  controlsUnverified(): GapRow[] {
    return this.rows(`SELECT c.id, c.human_id AS humanId, c.name AS title FROM risk_control c
      WHERE trim(c.implementation_verification) = '' AND NOT EXISTS (
        SELECT 1 FROM trace_link t WHERE t.to_type = 'risk_control' AND t.to_id = c.id AND +t.from_type = 'test_case')
      ORDER BY c.id`);
  }

  counts(): { requirements: number; softwareItems: number; soup: number; riskControls: number; links: number } {
    return this.db
      .prepare(
        `SELECT (SELECT count(*) FROM requirement r WHERE ${LIVE_REQUIREMENT}) AS requirements,
          (SELECT count(*) FROM software_item) AS softwareItems,
          (SELECT count(*) FROM soup s WHERE ${LIVE_SOUP}) AS soup,
          (SELECT count(*) FROM risk_control) AS riskControls,
          (SELECT count(*) FROM trace_link) AS links`,
      )
      .get() as { requirements: number; softwareItems: number; soup: number; riskControls: number; links: number };
  }

  private rows(sql: string): GapRow[] {
    return this.db.prepare(sql).all() as GapRow[];
  }
}
