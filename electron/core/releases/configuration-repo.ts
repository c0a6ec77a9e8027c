import type { BaselineItem } from '../../../shared/api/releases-types';
import type { Db } from '../db/connection';
import { canonicalJson, sha256Hex } from '../documents/canonical';

/** A content fingerprint for items that carry no version of their own: short enough to read, long enough to differ. */
export const fingerprint = (content: unknown): string => `#${sha256Hex(canonicalJson(content)).slice(0, 12)}`;

interface Keyed {
  itemKey: string;
  title: string;
}

/**
 * The configuration items as they stand now (IEC 62304 8.1): software items, SOUP, documents,
 * requirements, test cases and risk controls, each with its own version where it has one (SOUP version,
 * document version and state, requirement revision) and a fingerprint of its content otherwise. A read
 * model over other areas' tables; it writes nothing.
 */
export class ConfigurationRepo {
  constructor(private readonly db: Db) {}

  current(): BaselineItem[] {
    return [...this.softwareItems(), ...this.soup(), ...this.documents(), ...this.requirements(), ...this.testCases(), ...this.riskControls()];
  }

  private softwareItems(): BaselineItem[] {
    const rows = this.db
      .prepare(
        `SELECT i.human_id AS itemKey, i.name AS title, i.kind, i.description, p.human_id AS parent
        FROM software_item i LEFT JOIN software_item p ON p.id = i.parent_id ORDER BY i.id`,
      )
      .all() as (Keyed & { kind: string; description: string; parent: string | null })[];
    return rows.map(({ itemKey, title, ...rest }) => ({ itemType: 'software_item', itemKey, title, version: fingerprint({ title, ...rest }) }));
  }

  private soup(): BaselineItem[] {
    const rows = this.db.prepare('SELECT human_id AS itemKey, name AS title, version FROM soup WHERE removed_at IS NULL ORDER BY id').all() as (Keyed & { version: string })[];
    return rows.map((r) => ({ itemType: 'soup', ...r }));
  }

  /** A document's newest version with its state, e.g. "v2 approved". */
  private documents(): BaselineItem[] {
    const rows = this.db
      .prepare(
        `SELECT d.doc_key AS itemKey, d.title, v.version, v.state FROM document d
        JOIN document_version v ON v.document_id = d.id AND v.version = (SELECT max(version) FROM document_version WHERE document_id = d.id)
        WHERE d.retired_at IS NULL ORDER BY d.id`,
      )
      .all() as (Keyed & { version: number; state: string })[];
    return rows.map((r) => ({ itemType: 'document', itemKey: r.itemKey, title: r.title, version: `v${r.version} ${r.state.replace('_', ' ')}` }));
  }

  /** Requirements count their own revisions: every saved change raises it. */
  private requirements(): BaselineItem[] {
    const rows = this.db.prepare("SELECT human_id AS itemKey, title, revision FROM requirement WHERE status <> 'obsolete' ORDER BY id").all() as (Keyed & { revision: number })[];
    return rows.map((r) => ({ itemType: 'requirement', itemKey: r.itemKey, title: r.title, version: `rev ${r.revision}` }));
  }

  private testCases(): BaselineItem[] {
    const steps = new Map<number, { action: string; expected: string }[]>();
    for (const s of this.db.prepare('SELECT test_case_id AS caseId, action, expected FROM test_step ORDER BY test_case_id, position').all() as {
      caseId: number;
      action: string;
      expected: string;
    }[]) {
      steps.set(s.caseId, [...(steps.get(s.caseId) ?? []), { action: s.action, expected: s.expected }]);
    }
    const rows = this.db
      .prepare(
        `SELECT id, human_id AS itemKey, title, level, objective, preconditions, pass_criteria AS passCriteria, automated
        FROM test_case WHERE retired = 0 ORDER BY id`,
      )
      .all() as (Keyed & { id: number })[];
    return rows.map(({ id, itemKey, ...content }) => ({ itemType: 'test_case', itemKey, title: content.title, version: fingerprint({ ...content, steps: steps.get(id) ?? [] }) }));
  }

  private riskControls(): BaselineItem[] {
    const rows = this.db
      .prepare(
        `SELECT human_id AS itemKey, name AS title, type, description, implementation_verification AS implementation,
        effectiveness_verification AS effectiveness FROM risk_control ORDER BY id`,
      )
      .all() as Keyed[];
    return rows.map(({ itemKey, ...content }) => ({ itemType: 'risk_control', itemKey, title: content.title, version: fingerprint(content) }));
  }
}
