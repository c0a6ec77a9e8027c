import type { Milestone } from '../../../../shared/api/types';

export function MilestonesCard({ milestones }: { milestones: Milestone[] }) {
  const done = milestones.filter((m) => m.done).length;
  return (
    <section className="card" aria-labelledby="milestones-title">
      <div className="card-header">
        <h2 id="milestones-title">What has been done so far</h2>
        <span className="muted small">
          {done} of {milestones.length} done
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
