export interface AuditRow {
  seq: number;
  at: string;
  userId: number | null;
  userName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  summary: string;
  before: unknown;
  after: unknown;
  method: string;
}

export interface AuditPage {
  rows: AuditRow[];
  total: number;
}

export interface AuditFacets {
  entities: string[];
  actions: string[];
  users: { id: number; name: string }[];
}

/** What an integrity check found wrong with one stored thing, in words a reviewer can act on. */
/** Problems that ask for upkeep rather than show tampering (see IntegrityProblem.kind). */
export const UPKEEP_KINDS = ['legacy', 'key'] as const;
export type UpkeepKind = (typeof UPKEEP_KINDS)[number];

/** Whether a problem shows the file changed outside Cairn (what refuses signing), not upkeep. */
export function isTampering(problem: Pick<IntegrityProblem, 'kind'>): boolean {
  return !(UPKEEP_KINDS as readonly string[]).includes(problem.kind);
}

export interface IntegrityProblem {
  /**
   * records: a row differs from the trail; anchor: a signed audit head; content: frozen document content;
   * secret: a password hash or key; trust: a key or certificate; legacy: a password hash in an earlier
   * format, re-hashed when its owner next signs in; key: an encrypted file's key predates a member's
   * deactivation (its re-key was cut off). legacy and key are upkeep, not signs of tampering: signing goes on.
   */
  kind: 'records' | 'anchor' | 'content' | 'secret' | 'trust' | UpkeepKind;
  /** The table the thing lives in, e.g. `requirement`. */
  table: string;
  /** Its human ID (REQ-012, SDP v2, ada@example.com) or, failing one, its key. */
  record: string;
  detail: string;
}

export interface ChainReport {
  /** True only when the chain holds and no problem was found. */
  ok: boolean;
  checked: number;
  /** The first row whose stored hash does not match its content or its predecessor. */
  firstBroken: { seq: number; reason: string } | null;
  /** Everything else found: records that differ from the trail, anchors, frozen content, secrets, trust. */
  problems: IntegrityProblem[];
}

/** The integrity check the app runs in the background each time a project opens. */
export interface IntegrityStatus {
  /** idle: no check ran for this file yet; running; done (see report); failed: the check itself could not run. */
  state: 'idle' | 'running' | 'done' | 'failed';
  /** Trail rows walked so far, and how many there are. */
  checked: number;
  total: number;
  startedAt: string | null;
  /** How long the check took, once done. */
  elapsedMs: number | null;
  report: ChainReport | null;
  /** Why the check could not run, when it failed. */
  error: string | null;
}
