import { useState, type FormEvent } from 'react';
import type { PlanClause } from '../../../../shared/api/product-types';
import { LIMITS } from '../../../../shared/domain/limits';
import { CLAUSE_STATUSES, type ClauseStatus } from '../../../../shared/regulatory/clause-homes';
import { messageOf } from '../../api/field-errors';
import { TextAreaField } from '../../components/TextAreaField';
import { usePlanStore } from '../../stores/plan-store';

export const STATUS_LABELS: Record<ClauseStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
  not_applicable: 'Not applicable',
};

const isStatus = (value: string): value is ClauseStatus => (CLAUSE_STATUSES as readonly string[]).includes(value);

/** A clause's status; "not applicable" first asks why, since a reviewer will. */
export function ClauseStatusCell({ clause }: { clause: PlanClause }) {
  const setStatus = usePlanStore((state) => state.setStatus);
  const [asking, setAsking] = useState(false);
  const [justification, setJustification] = useState(clause.justification);
  const [error, setError] = useState<string | undefined>();

  async function change(status: ClauseStatus, why = '') {
    setError(undefined);
    try {
      await setStatus(clause.clause, status, why);
      setAsking(false);
    } catch (caught) {
      setError(messageOf(caught));
    }
  }

  function submitJustification(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!justification.trim()) setError('Say why this clause does not apply.');
    else void change('not_applicable', justification.trim());
  }

  return (
    <div className="clause-status">
      <label className="visually-hidden" htmlFor={`status-${clause.clause}`}>
        Status of {clause.clause}
      </label>
      <select
        id={`status-${clause.clause}`}
        className="select"
        value={asking ? 'not_applicable' : clause.status}
        onChange={(event) => {
          const value = event.target.value;
          if (value === 'not_applicable') setAsking(true);
          else if (isStatus(value)) void change(value);
        }}
      >
        {CLAUSE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      {asking && (
        <form noValidate onSubmit={submitJustification}>
          <TextAreaField label={`Why ${clause.clause} does not apply`} name="justification" value={justification} error={error} maxLength={LIMITS.text} rows={2} onChange={setJustification} />
          <div className="button-row">
            <button type="submit" className="button button-small button-primary">
              Save justification
            </button>
            <button type="button" className="button button-small" onClick={() => setAsking(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {!asking && clause.status === 'not_applicable' && clause.justification && <p className="muted small">{clause.justification}</p>}
      {!asking && error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
