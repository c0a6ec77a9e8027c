import { useState } from 'react';
import { confirmLeave } from '../../stores/unsaved-store';
import { useScreenLoad } from '../../hooks/use-screen-load';
import { ScreenMessages } from '../../components/ScreenMessages';
import { useDevPlanStore } from '../../stores/dev-plan-store';
import '../../styles/dev-plan.css';
import { StepEditor } from './StepEditor';
import { StepList } from './StepList';

/** The software development plan as a wizard: one IEC 62304 5.1 / 6.1 step at a time, required ones first to fill. */
export function DevPlanScreen() {
  const plan = useDevPlanStore((state) => state.plan);
  const load = useDevPlanStore((state) => state.load);
  const [error, setError] = useScreenLoad(load);
  const [notice, setNotice] = useState('');
  const [stepIndex, setStepIndex] = useState(0);

  function choose(index: number) {
    if (!confirmLeave()) return;
    setNotice('');
    setError(null);
    setStepIndex(index);
  }

  const step = plan?.steps[stepIndex];
  return (
    <>
      <div className="screen-title">
        <h1 tabIndex={-1}>Development plan</h1>
        <span className="muted small">How the software is developed and maintained (IEC 62304 5.1 and 6.1).</span>
      </div>
      <ScreenMessages error={error} notice={notice} />
      {!plan || !step ? (
        !error && <p className="muted">Loading…</p>
      ) : (
        <>
          <p className="dev-plan-summary" data-testid="dev-plan-progress">
            <strong>
              Class {plan.projectClass}: {plan.progress.requiredDone} of {plan.progress.required} required steps done
              {plan.progress.missing > 0 ? `, ${plan.progress.missing} still empty` : ''}.
            </strong>{' '}
            <span className="muted">{plan.classBasis}</span>
          </p>
          <div className="wizard">
            <StepList steps={plan.steps} current={stepIndex} onChoose={choose} />
            <section className="card" aria-labelledby="dev-plan-step-title">
              <h2 id="dev-plan-step-title">
                Step {stepIndex + 1} of {plan.steps.length}: {step.title}
              </h2>
              <StepEditor
                key={`${step.id}-${step.revision}-${step.state}`}
                step={step}
                projectClass={plan.projectClass}
                onSaved={(message) => {
                  setError(null);
                  setNotice(message);
                }}
                onError={setError}
              />
              <div className="wizard-nav">
                <button type="button" className="button" disabled={stepIndex === 0} onClick={() => choose(stepIndex - 1)}>
                  Previous step
                </button>
                <button type="button" className="button" disabled={stepIndex === plan.steps.length - 1} onClick={() => choose(stepIndex + 1)}>
                  Next step
                </button>
              </div>
            </section>
          </div>
        </>
      )}
    </>
  );
}
