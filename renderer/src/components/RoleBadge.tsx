import { ROLE_LABELS, type Role } from '../../../shared/domain/roles';

export function RoleBadge({ role }: { role: Role }) {
  return <span className="badge">{ROLE_LABELS[role]}</span>;
}
