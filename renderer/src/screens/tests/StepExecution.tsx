import { useId, useState } from 'react';
import type { StepOutcome, StepResultView } from '../../../../shared/api/tests-types';
import { STEP_OUTCOMES } from '../../../../shared/api/tests-types';
import { LIMITS } from '../../../../shared/domain/limits';
import { useUnsavedGuard } from '../../hooks/use-unsaved-guard';
import { OutcomeBadge } from './OutcomeBadge';

interface Props {
  caseId: string;
  step: StepResultView;
  /** False once the run is completed: the step is shown, no longer recorded. */
  open: boolean;
  onRecord: (outcome: StepOutcome, actual: string) => Promise<void>;
}

/** One step as the tester executes it: what to do and expect, then the outcome and what actually happened. */
export function StepExecution({ caseId, step, open, onRecord }: Props) {
  const id = useId();
  const [outcome, setOutcome] = useState<StepOutcome | null>(step.outcome);
  const [actual, setActual] = useState(step.actual);
  useUnsavedGuard(open && (outcome !== step.outcome || actual !== step.actual));
  const name = `${caseId} step ${step.position}`;
  return (
    <li className="test-step-run">
      <div className="test-step-text">
        <p>
          <strong>Step {step.position}.</strong> {step.action}
        </p>
        <p className="muted">Expected: {step.expected}</p>
      </div>
      {open ? (
        <div className="test-step-record">
          <fieldset className="test-step-outcomes">
            <legend className="visually-hidden">Outcome of {name}</legend>
            {STEP_OUTCOMES.map((o) => (
              <label key={o} className="check-option">
                <input type="radio" name={`${id}-outcome`} value={o} checked={outcome === o} onChange={() => setOutcome(o)} />
                <span>{o}</span>
              </label>
            ))}
          </fieldset>
          <label className="field">
            <span className="visually-hidden">Actual result of {name}</span>
            <textarea className="textarea" rows={1} placeholder="Actual result" maxLength={LIMITS.text} value={actual} onChange={(e) => setActual(e.target.value)} />
          </label>
          <button type="button" className="button button-small" disabled={!outcome} onClick={() => outcome && void onRecord(outcome, actual)}>
            Record {name}
          </button>
          {step.outcome && <OutcomeBadge outcome={step.outcome} />}
        </div>
      ) : (
        <div className="test-step-record">
          <OutcomeBadge outcome={step.outcome} />
          {step.actual && <span>{step.actual}</span>}
        </div>
      )}
    </li>
  );
}
