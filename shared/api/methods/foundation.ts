import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { ROLES } from '../../domain/roles';
import { field, method } from '../method';
import type {
  AppStatus,
  AuditFacets,
  AuditPage,
  BackupResult,
  ChainReport,
  CreatedProject,
  IntegrityStatus,
  OpenedProject,
  ProjectInfo,
  ProjectSummary,
  RecentProject,
  SignInCandidate,
  TeamMember,
} from '../types';

export const AUDIT_SORT_COLUMNS = ['seq', 'at', 'userName', 'action', 'entity', 'entityId'] as const;

/** Projects, sessions, the team and the audit trail. */
export const foundationMethods = {
  'app.status': method<AppStatus>()({
    input: field.none,
    kind: 'query',
    access: 'anyone',
    doc: 'The app version, the open project and the signed-in user, if any.',
  }),
  'recent.list': method<RecentProject[]>()({
    input: field.none,
    kind: 'query',
    access: 'anyone',
    doc: 'Projects opened recently on this computer, newest first.',
  }),
  'recent.forget': method<RecentProject[]>()({
    input: z.object({ path: field.path }).strict(),
    kind: 'app',
    access: 'anyone',
    doc: 'Removes a project from the recent list (the file itself is left alone).',
  }),
  'project.create': method<CreatedProject>()({
    input: z
      .object({
        path: field.path,
        productName: field.name,
        manufacturer: field.name,
        owner: z.object({ name: field.name, email: field.email, password: field.newPassword }).strict(),
        encrypted: z.boolean().optional(),
      })
      .strict(),
    kind: 'session',
    access: 'anyone',
    doc: 'Creates a new project file, encrypted unless `encrypted` is false; its creator becomes the owner and is signed in. The recovery key is returned this once.',
  }),
  'project.createDemo': method<CreatedProject>()({
    input: z.object({ path: field.path, encrypted: z.boolean().optional() }).strict(),
    kind: 'session',
    access: 'anyone',
    doc: 'Creates the sample project (a realistic example device), encrypted unless `encrypted` is false, and signs in as its owner.',
  }),
  'project.open': method<OpenedProject>()({
    input: z.object({ path: field.path, password: field.password.optional() }).strict(),
    kind: 'session',
    access: 'anyone',
    doc: 'Opens a project file (migrating it if it was made by an older Cairn) and lists who may sign in. An encrypted file opens with any active member\'s `password`; without one it stays locked until a member signs in.',
  }),
  'project.unlockWithRecoveryKey': method<OpenedProject>()({
    input: z.object({ path: field.path, recoveryKey: z.string().min(1).max(200) }).strict(),
    kind: 'session',
    access: 'anyone',
    doc: 'Opens an encrypted project with the recovery key printed at its creation (when no member password can), and lists who may sign in.',
  }),
  'project.encrypt': method<CreatedProject>()({
    input: z.object({ path: field.path, email: field.email, password: field.password }).strict(),
    kind: 'session',
    access: 'anyone',
    doc: "Encrypts a plain project file in place, on an active owner's e-mail and password, and signs them in to it (every active member keeps their password); the plain original is kept beside it as the migration backup. The recovery key is returned this once.",
  }),
  'project.close': method<AppStatus>()({
    input: field.none,
    kind: 'session',
    access: 'project',
    doc: 'Signs out and closes the open project.',
  }),
  'session.signIn': method<AppStatus>()({
    input: z.object({ email: field.email, password: field.password }).strict(),
    kind: 'session',
    access: 'project',
    doc: 'Signs a team member in to the open project.',
  }),
  'session.candidates': method<SignInCandidate[]>()({
    input: field.none,
    kind: 'query',
    access: 'project',
    doc: 'Who may sign in to the open project (active team members).',
  }),
  'session.signOut': method<AppStatus>()({
    input: field.none,
    kind: 'session',
    access: 'user',
    doc: 'Signs the current user out; the project stays open.',
  }),
  'project.summary': method<ProjectSummary>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'The dashboard: product, team, progress and recent activity.',
  }),
  'project.update': method<ProjectInfo>()({
    input: z.object({ productName: field.name.optional(), manufacturer: field.name.optional() }).strict(),
    kind: 'mutation',
    access: 'owner',
    doc: "Changes the product's name or manufacturer.",
  }),
  'project.backup': method<BackupResult>()({
    input: z.object({ dest: field.path, overwrite: z.boolean().optional() }).strict(),
    kind: 'query',
    access: 'user',
    doc: 'Writes a consistent copy of the open project to another file (replacing only an earlier Cairn project file); audited.',
  }),
  'users.list': method<TeamMember[]>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'Every team member, active or not.',
  }),
  'users.add': method<TeamMember>()({
    input: z.object({ name: field.name, email: field.email, role: z.enum(ROLES), password: field.newPassword }).strict(),
    kind: 'mutation',
    access: 'owner',
    doc: 'Adds a team member with a role and a first password.',
  }),
  'users.deactivate': method<TeamMember>()({
    input: z.object({ userId: field.id }).strict(),
    kind: 'mutation',
    access: 'owner',
    doc: 'Deactivates a team member: they can no longer sign in; their records and signatures remain.',
  }),
  'users.reactivate': method<TeamMember>()({
    input: z.object({ userId: field.id }).strict(),
    kind: 'mutation',
    access: 'owner',
    doc: 'Lets a deactivated team member sign in again.',
  }),
  'users.changeRole': method<TeamMember>()({
    input: z.object({ userId: field.id, role: z.enum(ROLES) }).strict(),
    kind: 'mutation',
    access: 'owner',
    doc: "Changes a team member's role.",
  }),
  'users.changePassword': method<TeamMember>()({
    input: z
      .object({ currentPassword: field.password, newPassword: field.newPassword })
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
            /** One record's own rows (its human ID, e.g. REQ-12), for the history shown beside it. */
            entityId: z.string().max(LIMITS.name).optional(),
            action: z.string().max(LIMITS.name).optional(),
            userId: field.id.optional(),
            from: field.instant.optional(),
            to: field.instant.optional(),
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
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'The entities, actions and people that occur in the audit trail, for filters.',
  }),
  'audit.integrityStatus': method<IntegrityStatus>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'The integrity check that runs in the background when a project opens: progress while it runs, then its verdict (the same as audit.verify).',
  }),
  'audit.verify': method<ChainReport>()({
    input: z
      .object({
        /** A PDF Cairn exported: its recorded audit head must still be in this project's history. */
        anchorPdfBase64: z
          .string()
          .max(LIMITS.pdfBase64)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64-encoded data.')
          .optional(),
      })
      .strict(),
    kind: 'query',
    access: 'project',
    doc: "Recomputes the audit trail's hash chain, holds every record against the state the trail recorded for it, checks anchors, frozen content and secrets; reports each problem.",
  }),
} as const;
