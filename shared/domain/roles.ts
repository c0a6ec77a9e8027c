/**
 * Team roles inside one project. The owner administers the team; authors write records and documents;
 * reviewers and approvers sign them. A person holds one role per project.
 */
export const ROLES = ['owner', 'author', 'reviewer', 'approver'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  author: 'Author',
  reviewer: 'Reviewer',
  approver: 'Approver',
};

/** Roles that may administer the team (add, deactivate, reactivate users, change roles). */
export function canManageTeam(role: Role): boolean {
  return role === 'owner';
}
