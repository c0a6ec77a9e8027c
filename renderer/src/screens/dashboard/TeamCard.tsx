import type { TeamMember } from '../../../../shared/api/types';
import { RoleBadge } from '../../components/RoleBadge';
import { useNavStore } from '../../stores/nav-store';

export function TeamCard({ team }: { team: TeamMember[] }) {
  const go = useNavStore((state) => state.go);
  return (
    <section className="card" aria-labelledby="team-title">
      <div className="card-header">
        <h2 id="team-title">Team</h2>
        <button type="button" className="button button-small button-quiet" onClick={() => go('team')}>
          Manage team
        </button>
      </div>
      <ul className="plain-list" aria-label="Team members">
        {team.map((member) => (
          <li key={member.id} className="recent-item">
            <span className="recent-item-text">
              {member.name}
              {!member.active && (
                <>
                  {' '}
                  <span className="badge badge-muted">Inactive</span>
                </>
              )}
            </span>
            <RoleBadge role={member.role} />
          </li>
        ))}
      </ul>
    </section>
  );
}
