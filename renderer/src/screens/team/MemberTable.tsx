import { useState } from 'react';
import type { TeamMember } from '../../../../shared/api/types';
import { ROLES, ROLE_LABELS, type Role } from '../../../../shared/domain/roles';
import { messageOf } from '../../api/field-errors';
import { RoleBadge } from '../../components/RoleBadge';
import { localDate } from '../../forms/format';
import { useSessionStore } from '../../stores/session-store';
import { useUsersStore } from '../../stores/users-store';

interface MemberTableProps {
  members: TeamMember[];
  manage: boolean;
  onNotice: (text: string) => void;
}

export function MemberTable({ members, manage, onNotice }: MemberTableProps) {
  return (
    <table className="table" aria-labelledby="members-title">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">E-mail</th>
          <th scope="col">Role</th>
          <th scope="col">Status</th>
          {manage && (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {members.map((member) => (
          <MemberRow key={member.id} member={member} manage={manage} onNotice={onNotice} />
        ))}
      </tbody>
    </table>
  );
}

function MemberRow({ member, manage, onNotice }: { member: TeamMember; manage: boolean; onNotice: (text: string) => void }) {
  const selfId = useSessionStore((state) => state.status?.user?.id);
  const { changeRole, deactivate, reactivate } = useUsersStore.getState();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const isSelf = member.id === selfId;

  async function run(action: () => Promise<void>, notice: string) {
    setError(null);
    try {
      await action();
      onNotice(notice);
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setConfirming(false);
    }
  }

  return (
    <tr className={member.active ? undefined : 'inactive'} data-testid={`member-${member.email}`}>
      <th scope="row">
        {member.name}
        {isSelf && <span className="muted small"> (you)</span>}
      </th>
      <td>{member.email}</td>
      <td>
        {manage && member.active ? (
          <select
            className="select"
            aria-label={`Role of ${member.name}`}
            value={member.role}
            onChange={(event) => {
              const role = event.target.value as Role;
              void run(() => changeRole(member.id, role), `${member.name} is now ${ROLE_LABELS[role].toLowerCase()}.`);
            }}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        ) : (
          <RoleBadge role={member.role} />
        )}
      </td>
      <td>
        {member.active ? (
          <span className="badge badge-success">Active</span>
        ) : (
          <span className="badge badge-muted" title={member.deactivatedAt ? `Since ${localDate(member.deactivatedAt)}` : undefined}>
            Inactive
          </span>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </td>
      {manage && (
        <td>
          {!member.active ? (
            <button type="button" className="button button-small" onClick={() => void run(() => reactivate(member.id), `${member.name} can sign in again.`)}>
              Reactivate<span className="visually-hidden"> {member.name}</span>
            </button>
          ) : isSelf ? null : confirming ? (
            <span className="confirm-inline">
              <span className="small">Deactivate {member.name}?</span>
              <button
                type="button"
                className="button button-small button-danger"
                autoFocus
                onClick={() => void run(() => deactivate(member.id), `${member.name} was deactivated.`)}
              >
                Confirm deactivation
              </button>
              <button type="button" className="button button-small button-quiet" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </span>
          ) : (
            <button type="button" className="button button-small button-danger" onClick={() => setConfirming(true)}>
              Deactivate<span className="visually-hidden"> {member.name}</span>
            </button>
          )}
        </td>
      )}
    </tr>
  );
}
