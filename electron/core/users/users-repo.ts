import type { Role } from '../../../shared/domain/roles';
import type { SignInCandidate, TeamMember } from '../../../shared/api/types';
import type { Db } from '../db/connection';

interface UserRow {
  id: number;
  name: string;
  email: string;
  role: Role;
  password_hash: string;
  active: 0 | 1;
  created_at: string;
  deactivated_at: string | null;
}

export interface UserWithSecret extends TeamMember {
  passwordHash: string;
}

function toMember(row: UserRow): UserWithSecret {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    active: row.active === 1,
    createdAt: row.created_at,
    deactivatedAt: row.deactivated_at,
    passwordHash: row.password_hash,
  };
}

/** Strips the password hash before a member leaves the core. */
export function publicMember({ passwordHash: _secret, ...member }: UserWithSecret): TeamMember {
  return member;
}

/** Owns the user table. */
export class UsersRepo {
  constructor(private readonly db: Db) {}

  list(): UserWithSecret[] {
    return (this.db.prepare('SELECT * FROM user ORDER BY active DESC, name, id').all() as UserRow[]).map(toMember);
  }

  signInCandidates(): SignInCandidate[] {
    return this.db.prepare('SELECT id, name, email, role FROM user WHERE active = 1 ORDER BY name, id').all() as SignInCandidate[];
  }

  byId(id: number): UserWithSecret | null {
    const row = this.db.prepare('SELECT * FROM user WHERE id = ?').get(id) as UserRow | undefined;
    return row ? toMember(row) : null;
  }

  byEmail(email: string): UserWithSecret | null {
    const row = this.db.prepare('SELECT * FROM user WHERE email = ?').get(email) as UserRow | undefined;
    return row ? toMember(row) : null;
  }

  insert(user: { name: string; email: string; role: Role; passwordHash: string; createdAt: string }): UserWithSecret {
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO user (name, email, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(user.name, user.email, user.role, user.passwordHash, user.createdAt);
    return this.mustGet(Number(lastInsertRowid));
  }

  setActive(id: number, active: boolean, at: string): UserWithSecret {
    this.db.prepare('UPDATE user SET active = ?, deactivated_at = ? WHERE id = ?').run(active ? 1 : 0, active ? null : at, id);
    return this.mustGet(id);
  }

  setRole(id: number, role: Role): UserWithSecret {
    this.db.prepare('UPDATE user SET role = ? WHERE id = ?').run(role, id);
    return this.mustGet(id);
  }

  setPasswordHash(id: number, passwordHash: string): UserWithSecret {
    this.db.prepare('UPDATE user SET password_hash = ? WHERE id = ?').run(passwordHash, id);
    return this.mustGet(id);
  }

  countActiveOwners(): number {
    return this.db.prepare("SELECT count(*) FROM user WHERE active = 1 AND role = 'owner'").pluck().get() as number;
  }

  private mustGet(id: number): UserWithSecret {
    const user = this.byId(id);
    if (!user) throw new Error(`user ${id} vanished inside its own transaction`);
    return user;
  }
}
