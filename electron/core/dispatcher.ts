import type { z } from 'zod';
import { contract, isMethodName, type Access, type MethodName } from '../../shared/api/contract';
import type { PushedEvent } from '../../shared/api/bridge';
import type { ApiError, Envelope } from '../../shared/api/errors';
import { pathOfMalformedString } from '../../shared/api/well-formed';
import type { SessionUser } from '../../shared/api/types';
import type { RecentProjects } from './app-state/recent-projects';
import type { AuditEntry } from './audit/audit-repo';
import { writeAudited } from './audit/write-audited';
import { LOCAL_CLIENT, type ClientSessions } from './client-sessions';
import type { CoreConfig, Handler, HandlerContext, Handlers, Session } from './context';
import { isBusyError, PROJECT_BUSY_MESSAGE } from './db/busy';
import type { Migration } from './db/migrations';
import { CairnError } from './errors';
import type { JobRegistry } from './jobs';
import type { OpenProject } from './projects/open-project';

/** What the core pushes to listeners; the same union every door forwards. */
export type CoreEvent = PushedEvent;

export interface DispatcherDeps {
  config: CoreConfig;
  migrations: Migration[];
  recent: RecentProjects;
  /** The open project and who is signed in, per client. */
  sessions: ClientSessions;
  handlers: Handlers;
  jobs: JobRegistry;
  emit: (event: CoreEvent) => void;
  /**
   * Runs inside every mutation's transaction after its handler, with the audit entries it recorded, so
   * consequences (a new draft of a document whose records changed) land atomically with the change.
   */
  afterMutation?: (ctx: HandlerContext, entries: readonly AuditEntry[]) => void;
}

function fieldOf(issue: z.core.$ZodIssue): string | undefined {
  const path = [...issue.path];
  if (issue.code === 'unrecognized_keys' && issue.keys[0]) path.push(issue.keys[0]);
  return path.length ? path.map(String).join('.') : undefined;
}

function invalidInput(error: z.ZodError): CairnError {
  const issue = error.issues[0];
  if (!issue) return new CairnError('invalid_input', 'The input is not valid.');
  const field = fieldOf(issue);
  const message = issue.code === 'unrecognized_keys' ? `Unknown field "${field ?? ''}".` : `${field ?? 'input'}: ${issue.message}`;
  return new CairnError('invalid_input', message, field);
}

function toApiError(error: unknown, method: string): ApiError {
  if (error instanceof CairnError) return error.toApiError();
  if (isBusyError(error)) return { code: 'project_busy', message: PROJECT_BUSY_MESSAGE };
  // Unexpected: keep the detail in the log and tell the person that nothing was changed.
  console.error(`[cairn] ${method} failed:`, error);
  return { code: 'internal', message: `Cairn hit an unexpected error in ${method}; nothing was changed. (${(error as Error)?.message ?? String(error)})` };
}

/** Queries and session methods write their own audit rows (or none); only mutations use ctx.audit and ctx.afterCommit. */
function refuseAudit(method: string) {
  return () => {
    throw new Error(`${method} is not a mutation: it cannot record audit rows or post-commit work through its context.`);
  };
}

/** What one call runs under: its client's session, its instant and its method. */
interface CallScope {
  session: Session;
  client: string;
  now: () => string;
  method: MethodName;
}

/** Validates input against the contract, checks access, runs the handler and shapes the result. */
export class Dispatcher {
  constructor(private readonly deps: DispatcherDeps) {}

  /** `client` names whose sign-in the call runs under; composed calls keep their caller's. */
  async call(method: string, rawInput: unknown, client: string = LOCAL_CLIENT): Promise<Envelope<unknown>> {
    try {
      if (!isMethodName(method)) throw new CairnError('unknown_method', `There is no method called "${method}".`);
      const def = contract[method];
      const malformed = pathOfMalformedString(rawInput);
      if (malformed) {
        const field = malformed.join('.');
        throw new CairnError('invalid_input', `${field || 'input'}: the text contains an invalid character (a lone UTF-16 surrogate).`, field || undefined);
      }
      const parsed = def.input.safeParse(rawInput ?? {});
      if (!parsed.success) throw invalidInput(parsed.error);
      const session = this.deps.sessions.of(client);
      const user = this.checkAccess(def.access, session);
      const value = await this.run(method, parsed.data, user, session, client);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toApiError(error, method) };
    }
  }

  /** Re-reads the signed-in user on every call, so a deactivation or role change elsewhere takes effect at once. */
  private checkAccess(access: Access, session: Session): SessionUser | null {
    if (access === 'anyone') return session.user;
    // A locked (encrypted, not yet unlocked) file admits what a project-level call may do: sign in, close, list.
    if (access === 'project' && session.locked) return null;
    if (!session.project) throw new CairnError('no_project_open', 'Open or create a project first.');
    if (access === 'project') return session.user;
    const current = session.user && session.project.users.byId(session.user.id);
    if (!current?.active) {
      session.user = null;
      throw new CairnError('not_signed_in', 'Sign in to the project first.');
    }
    session.user = { id: current.id, name: current.name, email: current.email, role: current.role };
    if (access === 'owner' && current.role !== 'owner') {
      throw new CairnError('forbidden', 'Only an owner of this project can do that.');
    }
    return session.user;
  }

  private async run(method: MethodName, input: unknown, user: SessionUser | null, session: Session, client: string): Promise<unknown> {
    const { config, emit } = this.deps;
    const kind = contract[method].kind;
    // The contract parsed `input` for this very method, so the handler's input type holds.
    const handler = this.deps.handlers[method] as Handler<MethodName>;
    // One instant per call: every row a call writes carries the same time.
    const at = (config.clock?.() ?? new Date()).toISOString();
    const now = () => at;
    const scope = { session, client, now, method };
    if (kind === 'job') return this.runJob(scope, input, handler);
    if (kind !== 'mutation') {
      const value = await handler(input as never, this.context(scope, refuseAudit(method), refuseAudit(method)));
      if (kind === 'session') emit({ type: 'project.changed', method });
      return value;
    }
    if (!session.project) throw new CairnError('no_project_open', 'Open or create a project first.');
    const actor = { id: user?.id ?? null, name: user?.name ?? null };
    const committed: (() => void | Promise<void>)[] = [];
    const value = writeAudited(session.project, actor, method, now(), (audit) => {
      const entries: AuditEntry[] = [];
      const record = (entry: AuditEntry) => {
        entries.push(entry);
        audit(entry);
      };
      const ctx = this.context(scope, record, (work) => committed.push(work));
      const result = handler(input as never, ctx);
      this.deps.afterMutation?.(ctx, entries);
      return result;
    });
    for (const work of committed) await work();
    // Committed: a changed team gets its key slots now (encrypted files), and a long WAL is checkpointed.
    session.project?.afterCommit();
    emit({ type: 'project.changed', method });
    return value;
  }

  private async runJob(scope: CallScope, input: unknown, handler: Handler<MethodName>): Promise<unknown> {
    const { method } = scope;
    const controller = this.deps.jobs.start(method);
    try {
      return await handler(input as never, this.context(scope, refuseAudit(method), refuseAudit(method), controller.signal));
    } finally {
      scope.session.project?.afterCommit();
      this.deps.jobs.finish(method, controller);
      this.deps.emit({ type: 'project.changed', method });
    }
  }

  private context(
    { session, client, now, method }: CallScope,
    audit: (entry: AuditEntry) => void,
    afterCommit: (work: () => void | Promise<void>) => void,
    signal: AbortSignal = new AbortController().signal,
  ): HandlerContext {
    const { config, migrations, recent, jobs, emit } = this.deps;
    return {
      config,
      migrations,
      recent,
      session,
      jobs,
      signal,
      get project(): OpenProject {
        if (!session.project) throw new CairnError('no_project_open', 'Open or create a project first.');
        return session.project;
      },
      get user(): SessionUser {
        if (!session.user) throw new CairnError('not_signed_in', 'Sign in to the project first.');
        return session.user;
      },
      now,
      audit,
      afterCommit,
      call: async (inner, input) => {
        const result = await this.call(inner, input, client);
        if (!result.ok) throw new CairnError(result.error.code, result.error.message, result.error.field);
        return result.value as never;
      },
      progress: (fraction, label) => emit({ type: 'job.progressed', method, fraction, label }),
    };
  }
}
