import { z } from 'zod';
import { field, method } from '../method';
import type { AppStatus, BackupResult, CreatedProject, OpenedProject, ProjectInfo, ProjectSummary } from '../types';

/** Project files: create, open, unlock, encrypt, close, summarise, back up. */
export const projectMethods = {
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
    doc: "Opens a project file (migrating it if it was made by an older Cairn) and lists who may sign in. An encrypted file opens with any active member's `password`; without one it stays locked until a member signs in.",
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
} as const;
