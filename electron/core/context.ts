import type { InputOf, ParsedInputOf, MethodName, OutputOf } from '../../shared/api/contract';
import type { SessionUser } from '../../shared/api/types';
import type { RecentProjects } from './app-state/recent-projects';
import type { AuditEntry } from './audit/audit-repo';
import type { Migration } from './db/migrations';
import type { JobRegistry } from './jobs';
import type { OpenProject } from './projects/open-project';
import type { PasswordMemo } from './users/password-memo';

/** What a door passes when it creates the core. */
export interface CoreConfig {
  appVersion: string;
  migrationsDir: string;
  /** App-level state (recent projects); never project data. */
  userDataDir: string;
  /** Injected so tests run on a fixed clock. */
  clock?: () => Date;
}

/** What a call sees of the core's mutable state: the open project and who is signed in on its client. */
export interface Session {
  project: OpenProject | null;
  user: SessionUser | null;
  /** An encrypted project file chosen but not yet unlocked (no project is open meanwhile). */
  locked: string | null;
  /** Passwords this sign-in has verified, so re-entering one for a signature skips a second scrypt (see password-memo.ts). */
  readonly passwords: PasswordMemo;
  /** Puts the same project, reopened under a new key (projects/rekey-project.ts), in place: every client's sign-in stays. */
  reopened(next: OpenProject): void;
}

export interface HandlerContext {
  readonly config: CoreConfig;
  readonly migrations: Migration[];
  readonly recent: RecentProjects;
  readonly session: Session;
  readonly jobs: JobRegistry;
  /** Aborted when a person cancels this job; never aborted for other kinds of call. */
  readonly signal: AbortSignal;
  /** The open project; the dispatcher has checked access, so handlers that need one have one. */
  readonly project: OpenProject;
  /** The signed-in user, likewise guaranteed for methods whose access needs one. */
  readonly user: SessionUser;
  /** The current instant as an ISO-8601 UTC string. */
  now(): string;
  /** Records one change; the dispatcher writes it to the audit trail in the mutation's transaction. */
  audit(entry: AuditEntry): void;
  /**
   * Work a mutation needs done once its transaction has committed, outside it, before the call returns
   * (replacing the file under a new key cannot run inside a transaction). If it throws, the call fails
   * with its error, after the committed change: the work must undo that change itself when it must.
   */
  afterCommit(work: () => void | Promise<void>): void;
  /**
   * Calls another method through the dispatcher, with its validation, access checks and audit, for
   * handlers that compose others (the sample project). Throws the CairnError the call returned.
   */
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>>;
  /** Reports how far a long job has got (0…1). */
  progress(fraction: number, label: string): void;
}

export type Handler<M extends MethodName> = (input: ParsedInputOf<M>, ctx: HandlerContext) => OutputOf<M> | Promise<OutputOf<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };
