import type { PlanClause } from '../../../../shared/api/plan-types';
import { ClauseHomeLink } from './ClauseHomeLink';
import { ClauseStatusCell } from './ClauseStatusCell';

interface ClauseTableProps {
  title: string;
  clauses: PlanClause[];
}

/** The clauses of one process: required ones take a status; the others are greyed with the reason. */
export function ClauseTable({ title, clauses }: ClauseTableProps) {
  return (
    <table className="table plan-table">
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>
          <th scope="col">Clause</th>
          <th scope="col">Title</th>
          <th scope="col">Status</th>
          <th scope="col">Recorded in</th>
        </tr>
      </thead>
      <tbody>
        {clauses.map((c) => (
          <tr key={c.clause} className={c.applies ? undefined : 'clause-not-required'} data-testid={`clause-${c.clause}`}>
            <th scope="row" className="mono">
              {c.clause}
            </th>
            <td>{c.title}</td>
            <td>{c.applies ? <ClauseStatusCell clause={c} /> : <span className="small">{c.notRequiredReason ?? 'Not required for this class.'}</span>}</td>
            <td className="small">
              {c.home.document}
              <ClauseHomeLink clause={c.clause} area={c.home.area} screen={c.home.screen} />
              {c.devPlan && (
                <div className="muted" data-testid={`sdp-state-${c.clause}`}>
                  Development plan: {c.devPlan.written} of {c.devPlan.steps} {c.devPlan.steps === 1 ? 'step' : 'steps'} written, {c.devPlan.done} done
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
