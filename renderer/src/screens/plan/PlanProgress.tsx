import type { CompliancePlan } from '../../../../shared/api/plan-types';

interface PlanProgressProps {
  plan: CompliancePlan;
}

function Bar({ label, done, applicable, testId }: { label: string; done: number; applicable: number; testId: string }) {
  return (
    <li className="plan-bar" data-testid={testId}>
      <span className="plan-bar-label">{label}</span>
      <progress max={Math.max(applicable, 1)} value={done} aria-label={label} />
      <span className="plan-bar-count">
        {done} of {applicable} done
      </span>
    </li>
  );
}

/** The project class with its basis, and how far each process (5–9) and the whole plan have come. */
export function PlanProgress({ plan }: PlanProgressProps) {
  const required = plan.clauses.filter((c) => c.applies).length;
  return (
    <section className="card" aria-labelledby="plan-class-title">
      <div className="card-header">
        <h2 id="plan-class-title">
          Project class <span className={`badge class-badge class-${plan.projectClass.toLowerCase()}`}>Class {plan.projectClass}</span>
        </h2>
        <span className="muted" data-testid="required-count">
          {required} of {plan.clauses.length} clauses required
        </span>
      </div>
      <p className="small">{plan.classBasis}</p>
      <ul className="plain-list plan-bars">
        {plan.progress.map((p) => (
          <Bar key={p.process} label={`${p.process}. ${p.label}`} done={p.done} applicable={p.applicable} testId={`progress-${p.process}`} />
        ))}
        <Bar label="Overall" done={plan.overall.done} applicable={plan.overall.applicable} testId="progress-overall" />
      </ul>
    </section>
  );
}
