import { PROCESSES } from '../../../../shared/regulatory/clause-homes';
import { useScreenLoad } from '../../hooks/use-screen-load';
import { usePlanStore } from '../../stores/plan-store';
import { ClauseTable } from './ClauseTable';
import { PlanProgress } from './PlanProgress';

/** The IEC 62304 compliance plan: what the project class requires, how far each process is, and where each clause is recorded. */
export function PlanScreen() {
  const plan = usePlanStore((state) => state.plan);
  const load = usePlanStore((state) => state.load);
  const [error] = useScreenLoad(load);

  return (
    <>
      <div className="screen-title">
        <h1 tabIndex={-1}>Compliance plan</h1>
        <span className="muted small">IEC 62304 clauses 5 to 9, required by the project class.</span>
      </div>
      {error && (
        <p className="message message-error" role="alert">
          {error}
        </p>
      )}
      {!plan ? (
        !error && <p className="muted">Loading…</p>
      ) : (
        <div className="stack">
          <PlanProgress plan={plan} />
          {PROCESSES.map((process) => (
            <section key={process.key} className="card" aria-labelledby={`process-${process.key}`}>
              <h2 id={`process-${process.key}`}>
                {process.key}. {process.label}
              </h2>
              <ClauseTable title={`${process.key}. ${process.label}`} clauses={plan.clauses.filter((c) => c.process === process.key)} />
            </section>
          ))}
        </div>
      )}
    </>
  );
}
