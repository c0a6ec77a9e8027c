import { z } from 'zod';
import { ROLES } from '../../domain/roles';
import { field, method } from '../method';
import type { DeactivatedMember, TeamMember } from '../types';

/** The team: members, roles and passwords. */
export const usersMethods = {
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
  'users.deactivate': method<DeactivatedMember>()({
    input: z.object({ userId: field.id }).strict(),
    kind: 'mutation',
    access: 'owner',
    doc: "Deactivates a team member: they can no longer sign in; their records and signatures remain. An encrypted file gets a new project key, so the member's key no longer opens it; its new recovery key is returned this once.",
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
    input: z.object({ currentPassword: field.password, newPassword: field.newPassword }).strict(),
    kind: 'mutation',
    access: 'user',
    doc: "Changes the signed-in user's own password.",
  }),
} as const;
