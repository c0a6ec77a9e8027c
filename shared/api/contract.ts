import { z } from 'zod';
import { LIMITS } from '../domain/limits';
import { ROLES } from '../domain/roles';
import type {
  AppStatus,
  AuditFacets,
  AuditPage,
  BackupResult,
  ChainReport,
  OpenedProject,
  ProjectInfo,
  ProjectSummary,
  RecentProject,
  TeamMember,
} from './types';

/**
 * How a method touches state:
 * - `query` reads only;
 * - `mutation` changes the open project: the dispatcher runs it in one transaction with its audit rows;
 * - `session` opens, creates or closes a project or signs a person in or out; it manages its own
 *   transaction because the database it writes to is the one it opens.
 * - `app` changes app-level state outside any project (recent list).
 */
export type MethodKind = 'query' | 'mutation' | 'session' | 'app';

/** Who may call: anyone, anyone with a project open, a signed-in user, or a signed-in owner. */
export type Access = 'anyone' | 'project' | 'user' | 'owner';

export interface MethodDef<I extends z.ZodType, O> {
  input: I;
  kind: MethodKind;
  access: Access;
  /** One sentence for --help and docs. */
  doc: string;
  /** Phantom: carries the output type to the clients; never set at run time. */
  output?: O;
}

/** Curried so the output type is named while the input schema's type is inferred. */
function method<O>() {
  return <I extends z.ZodType>(def: Omit<MethodDef<I, O>, 'output'>): MethodDef<I, O> => def;
}

const text = (max: number) => z.string().trim().min(1, 'Required.').max(max, `At most ${max} characters.`);
const name = text(LIMITS.name);
const email = z.string().trim().max(LIMITS.email).pipe(z.email('Not an e-mail address.'));
const password = z
  .string()
  .min(LIMITS.passwordMin, `At least ${LIMITS.passwordMin} characters.`)
  .max(LIMITS.passwordMax, `At most ${LIMITS.passwordMax} characters.`);
const projectPath = text(LIMITS.path).refine((p) => !p.includes('\0'), 'A path cannot contain a NUL character.');
const userId = z.number().int().positive();
const none = z.object({}).strict();
const isoInstant = z.iso.datetime({ offset: true });

export const AUDIT_SORT_COLUMNS = ['seq', 'at', 'userName', 'action', 'entity', 'entityId'] as const;

export const contract = {
  'app.status': method<AppStatus>()({
    input: none,
    kind: 'query',
    access: 'anyone',
    doc: 'The app version, the open project and the signed-in user, if any.',
  }),
  'recent.list': method<RecentProject[]>()({
    input: none,
    kind: 'query',
    access: 'anyone',
    doc: 'Projects opened recently on this computer, newest first.',
  }),
  'recent.forget': method<RecentProject[]>()({
    input: z.object({ path: projectPath }).strict(),
    kind: 'app',
    access: 'anyone',
    doc: 'Removes a project from the recent list (the file itself is left alone).',
  }),
  'project.create': method<AppStatus>()({
    input: z
      .object({
        path: projectPath,
        productName: name,
        manufacturer: name,
        owner: z.object({ name, email, password }).strict(),
      })
      .strict(),
    kind: 'session',
    access: 'anyone',
    doc: 'Creates a new project file; its creator becomes the owner and is signed in.',
  }),
  'project.createDemo': method<AppStatus>()({
    input: z.object({ path: projectPath }).strict(),
    kind: 'session',
    access: 'anyone',
    doc: 'Creates the sample project (a realistic example device) and signs in as its owner.',
  }),
  'project.open': method<OpenedProject>()({
    input: z.object({ path: projectPath }).strict(),
    kind: 'session',
    access: 'anyone',
    doc: 'Opens a project file (migrating it if it was made by an older Cairn) and lists who may sign in.',
  }),
  'project.close': method<AppStatus>()({
    input: none,
    kind: 'session',
    access: 'project',
    doc: 'Signs out and closes the open project.',
  }),
  'session.signIn': method<AppStatus>()({
    input: z.object({ email, password: z.string().min(1, 'Required.').max(LIMITS.passwordMax) }).strict(),
    kind: 'session',
    access: 'project',
    doc: 'Signs a team member in to the open project.',
  }),
  'session.signOut': method<AppStatus>()({
    input: none,
    kind: 'session',
    access: 'user',
    doc: 'Signs the current user out; the project stays open.',
  }),
  'project.summary': method<ProjectSummary>()({
    input: none,
    kind: 'query',
    access: 'user',
    doc: 'The dashboard: product, team, progress and recent activity.',
  }),
  'project.update': method<ProjectInfo>()({
    input: z.object({ productName: name.optional(), manufacturer: name.optional() }).strict(),
    kind: 'mutation',
    access: 'owner',
    doc: "Changes the product's name or manufacturer.",
  }),
  'project.backup': method<BackupResult>()({
    input: z.object({ dest: projectPath, overwrite: z.boolean().optional() }).strict(),
    kind: 'query',
    access: 'project',
    doc: 'Writes a consistent copy of the open project to another file.',
  }),
  'users.list': method<TeamMember[]>()({
    input: none,
    kind: 'query',
    access: 'user',
    doc: 'Every team member, active or not.',
  }),
  'users.add': method<TeamMember>()({
    input: z.object({ name, email, role: z.enum(ROLES), password }).strict(),
    kind: 'mutation',
    access: 'owner',
    doc: 'Adds a team member with a role and a first password.',
  }),
  'users.deactivate': method<TeamMember>()({
    input: z.object({ userId }).strict(),
    kind: 'mutation',
    access: 'owner',
    doc: 'Deactivates a team member: they can no longer sign in; their records and signatures remain.',
  }),
  'users.reactivate': method<TeamMember>()({
    input: z.object({ userId }).strict(),
    kind: 'mutation',
    access: 'owner',
    doc: 'Lets a deactivated team member sign in again.',
  }),
  'users.changeRole': method<TeamMember>()({
    input: z.object({ userId, role: z.enum(ROLES) }).strict(),
    kind: 'mutation',
    access: 'owner',
    doc: "Changes a team member's role.",
  }),
  'users.changePassword': method<TeamMember>()({
    input: z
      .object({ currentPassword: z.string().min(1, 'Required.').max(LIMITS.passwordMax), newPassword: password })
      .strict(),
    kind: 'mutation',
    access: 'user',
    doc: "Changes the signed-in user's own password.",
  }),
  'audit.list': method<AuditPage>()({
    input: z
      .object({
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(LIMITS.pageSize).default(200),
        sort: z
          .object({ column: z.enum(AUDIT_SORT_COLUMNS), dir: z.enum(['asc', 'desc']) })
          .strict()
          .default({ column: 'seq', dir: 'desc' }),
        filter: z
          .object({
            text: z.string().max(LIMITS.name).optional(),
            entity: z.string().max(LIMITS.name).optional(),
            action: z.string().max(LIMITS.name).optional(),
            userId: userId.optional(),
            from: isoInstant.optional(),
            to: isoInstant.optional(),
          })
          .strict()
          .default({}),
      })
      .strict(),
    kind: 'query',
    access: 'user',
    doc: 'One page of the audit trail, filtered and sorted.',
  }),
  'audit.facets': method<AuditFacets>()({
    input: none,
    kind: 'query',
    access: 'user',
    doc: 'The entities, actions and people that occur in the audit trail, for filters.',
  }),
  'audit.verify': method<ChainReport>()({
    input: none,
    kind: 'query',
    access: 'project',
    doc: "Recomputes the audit trail's hash chain and reports the first broken row.",
  }),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = NonNullable<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
