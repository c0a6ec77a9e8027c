import { useState, type FormEvent } from 'react';
import { useUnsavedGuard } from '../../hooks/use-unsaved-guard';
import type { PlanClause } from '../../../../shared/api/plan-types';
import { LIMITS } from '../../../../shared/domain/limits';
import type { ClauseStatus } from '../../../../shared/regulatory/clause-homes';
import { messageOf } from '../../api/field-errors';
import { TextAreaField } from '../../components/TextAreaField';
import { usePlanStore } from '../../stores/plan-store';

export const STATUS_LABELS: Record<ClauseStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
  not_applicable: 'Not applicable',
};

/** How a clause's status is set: by its records, or by a person's justified mark. */
const MARKS = { evidence: 'From the records', done: 'Satisfied (marked by hand)', not_applicable: 'Not applicable' } as const;
type Mark = keyof typeof MARKS;
const isMark = (value: string): value is Mark => Object.hasOwn(MARKS, value);

const QUESTIONS: Record<Exclude<Mark, 'evidence'>, { label: (clause: string) => string; missing: string }> = {
  done: { label: (clause) => `What shows ${clause} is satisfied`, missing: 'Say what shows this clause is satisfied.' },
  not_applicable: { label: (clause) => `Why ${clause} does not apply`, missing: 'Say why this clause does not apply.' },
};

/**
 * A clause's status as the records show it, with the records named; a person may instead mark it
 * satisfied or not applicable, and either mark first asks why, since a reviewer will.
 */
export function ClauseStatusCell({ clause }: { clause: PlanClause }) {
  const setStatus = usePlanStore((state) => state.setStatus);
  const [asking, setAsking] = useState<Exclude<Mark, 'evidence'> | null>(null);
  const [justification, setJustification] = useState(clause.justification);
  const [error, setError] = useState<string | undefined>();
  useUnsavedGuard(asking !== null && justification !== clause.justification);
  const current: Mark = clause.source === 'manual' && clause.status !== 'not_started' && clause.status !== 'in_progress' ? clause.status : 'evidence';

  async function change(status: ClauseStatus, why = '') {
    setError(undefined);
    try {
      await setStatus(clause.clause, status, why);
      setAsking(null);
    } catch (caught) {
      setError(messageOf(caught));
    }
  }

  function submitJustification(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!asking) return;
    if (!justification.trim()) setError(QUESTIONS[asking].missing);
    else void change(asking, justification.trim());
  }

  return (
    <div className="clause-status">
      <p className="small" data-testid={`clause-state-${clause.clause}`}>
        <strong>{STATUS_LABELS[clause.status]}</strong>
        {clause.source === 'manual' ? ' — marked by hand' : ' — from the records'}
      </p>
      {clause.source === 'manual' ? (
        <p className="muted small">{clause.justification}</p>
      ) : (
        <p className="muted small">
          {clause.evidence.reason}
          {clause.evidence.records.length > 0 && <> Records: {clause.evidence.records.join(', ')}.</>}
        </p>
      )}
      <label className="visually-hidden" htmlFor={`status-${clause.clause}`}>
        Status of {clause.clause}
      </label>
      <select
        id={`status-${clause.clause}`}
        className="select"
        value={asking ?? current}
        onChange={(event) => {
          const value = event.target.value;
          if (!isMark(value)) return;
          if (value === 'evidence') void change('not_started');
          else {
            setJustification(clause.source === 'manual' ? clause.justification : '');
            setAsking(value);
          }
        }}
      >
        {Object.entries(MARKS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {asking && (
        <form noValidate onSubmit={submitJustification}>
          <TextAreaField
            label={QUESTIONS[asking].label(clause.clause)}
            name="justification"
            value={justification}
            error={error}
            maxLength={LIMITS.text}
            rows={2}
            onChange={setJustification}
          />
          <div className="button-row">
            <button type="submit" className="button button-small button-primary">
              Save justification
            </button>
            <button type="button" className="button button-small" onClick={() => setAsking(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {!asking && error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
