import type { Milestone } from '../../../../shared/api/types';

/** What the project itself needs before the work starts: the file, the team and the product profile. */

export function MilestonesCard({ milestones }: { milestones: Milestone[] }) {
  const done = milestones.filter((m) => m.done).length;
  return (
    <section className="card" aria-labelledby="milestones-title">
      <div className="card-header">
        <h2 id="milestones-title">Project set-up</h2>
        <span className="muted small">
          {done} of {milestones.length} in place
        </span>
      </div>
      <ul className="plain-list">
        {milestones.map((milestone) => (
          <li key={milestone.key} className="milestone" data-testid={`milestone-${milestone.key}`}>
            <span className={`milestone-mark${milestone.done ? ' done' : ''}`} aria-hidden="true" />
            <div>
              <strong>{milestone.label}</strong>
              <span className="visually-hidden">{milestone.done ? ': done' : ': not done yet'}</span>
              <p className="muted small">{milestone.detail}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
