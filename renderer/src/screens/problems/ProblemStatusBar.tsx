import { useState } from 'react';
import type { ProblemView } from '../../../../shared/api/problems-types';
import { PROBLEM_TRANSITIONS, type ProblemStatus } from '../../../../shared/changes/problem-status';
import { messageOf } from '../../api/field-errors';
import { ScreenMessages } from '../../components/ScreenMessages';
import { useProblemsStore } from '../../stores/problems-store';

const VERB: Record<ProblemStatus, string> = { open: 'Back to open', investigating: 'Investigate', resolved: 'Mark resolved', closed: 'Close' };

/** Where the report stands, what closing still needs, and the moves open to it now. */
export function ProblemStatusBar({ problem }: { problem: ProblemView }) {
  const setStatus = useProblemsStore((s) => s.setStatus);
  const [error, setError] = useState<string | null>(null);
  const moves = PROBLEM_TRANSITIONS[problem.status].map((to) => (problem.status === 'closed' && to === 'investigating' ? { to, label: 'Reopen' } : { to, label: VERB[to] }));
  return (
    <div className="problem-status">
      <p>
        Status: <strong>{problem.status}</strong>
        {problem.closedAt && ` on ${problem.closedAt.slice(0, 10)} by ${problem.closedByName ?? ''}`}
      </p>
      {problem.closingGaps.length > 0 && (
        <div>
          <p className="small">Before it can be closed:</p>
          <ul className="small">
            {problem.closingGaps.map((g) => (
              <li key={g.field}>{g.message}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="button-row">
        {moves.map((m) => (
          <button
            key={m.to}
            type="button"
            className="button button-small"
            onClick={() =>
              void setStatus({ id: problem.id, status: m.to }).then(
                () => setError(null),
                (e: unknown) => setError(messageOf(e)),
              )
            }
          >
            {m.label}
          </button>
        ))}
      </div>
      <ScreenMessages error={error} notice={null} />
    </div>
  );
}
