import type { Role } from '../domain/roles';
import type { AuditRow } from './audit-types';

/** The product a project file describes. */
export interface ProjectInfo {
  path: string;
  productName: string;
  manufacturer: string;
  createdAt: string;
  /** Version of Cairn that created the file. */
  createdWith: string;
  /** Whether the file is encrypted at rest; a plain file can be read by anyone who has a copy. */
  encrypted: boolean;
}

export interface SessionUser {
  id: number;
  name: string;
  email: string;
  role: Role;
}

export interface TeamMember extends SessionUser {
  active: boolean;
  createdAt: string;
  deactivatedAt: string | null;
}

/**
 * A member just deactivated. An encrypted file is re-keyed with it (their key no longer opens it), so its
 * new recovery key comes back this once, for the owner to store; null for a plain file.
 */
export interface DeactivatedMember extends TeamMember {
  recoveryKey: string | null;
}

/** One entry of the sign-in picker: who may sign in to the open project. */
export type SignInCandidate = Pick<TeamMember, 'id' | 'name' | 'email' | 'role'>;

export interface AppStatus {
  appVersion: string;
  /** Where new projects are suggested to go (the user's Documents folder, else their home). */
  defaultProjectFolder: string;
  project: ProjectInfo | null;
  user: SessionUser | null;
  /** An encrypted project chosen but not yet unlocked: signing in with a member's password opens it. */
  locked: string | null;
}

/** What creating a project returns: the status, and the recovery key shown this once (null for a plain file). */
export interface CreatedProject extends AppStatus {
  recoveryKey: string | null;
}

/** `project` is null while an encrypted file waits for a member's password (sign in to unlock it). */
export interface OpenedProject {
  project: ProjectInfo | null;
  users: SignInCandidate[];
}

/** One line of the dashboard's project set-up card. */
export interface Milestone {
  key: string;
  label: string;
  done: boolean;
  detail: string;
}

export interface ProjectSummary {
  project: ProjectInfo;
  team: TeamMember[];
  milestones: Milestone[];
  recentActivity: AuditRow[];
  auditRows: number;
}

export interface BackupResult {
  path: string;
  bytes: number;
}
