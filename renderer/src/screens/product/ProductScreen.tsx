import { useState } from 'react';
import { confirmLeave } from '../../stores/unsaved-store';
import { useScreenLoad } from '../../hooks/use-screen-load';
import { useProductStore } from '../../stores/product-store';
import { PRODUCT_STEPS, missingIn } from './product-steps';
import { ProductStepForm } from './ProductStepForm';
import { RegulatoryHelperCard } from './RegulatoryHelperCard';
import { ScreenMessages } from '../../components/ScreenMessages';

/** The product profile as a stepped wizard: each step saved on its own, each marked done or missing. */
export function ProductScreen() {
  const profile = useProductStore((state) => state.profile);
  const load = useProductStore((state) => state.load);
  const [error] = useScreenLoad(load);
  const [notice, setNotice] = useState('');
  const [stepIndex, setStepIndex] = useState(0);
  const step = PRODUCT_STEPS[stepIndex] ?? PRODUCT_STEPS[0];

  function choose(index: number) {
    if (!confirmLeave()) return;
    setNotice('');
    setStepIndex(index);
  }

  return (
    <>
      <div className="screen-title">
        <h1 tabIndex={-1}>Product</h1>
        <span className="muted small">What the device is, for whom, and where it is sold.</span>
      </div>
      <ScreenMessages error={error} notice={notice} />
      {profile && step ? (
        <div className="wizard">
          <nav aria-label="Profile steps">
            <ol className="wizard-steps">
              {PRODUCT_STEPS.map((s, index) => {
                const missing = missingIn(s, profile);
                return (
                  <li key={s.id}>
                    <button
                      type="button"
                      className="wizard-step"
                      aria-current={index === stepIndex ? 'step' : undefined}
                      onClick={() => choose(index)}
                      data-testid={`step-${s.id}`}
                    >
                      <span className={`milestone-mark${missing.length === 0 ? ' done' : ''}`} aria-hidden="true" />
                      <span>
                        {index + 1}. {s.title}
                        <span className="wizard-step-state">{missing.length === 0 ? 'Done' : `Missing: ${missing.join(', ')}`}</span>
                      </span>
                    </button>
                  </li>
                );
              })}
            </ol>
          </nav>
          <section className="card" aria-labelledby={`step-${step.id}-title`}>
            <h2 id={`step-${step.id}-title`}>
              Step {stepIndex + 1} of {PRODUCT_STEPS.length}: {step.title}
            </h2>
            <p className="muted">{step.guidance}</p>
            <ProductStepForm key={`${step.id}-${profile.updatedAt ?? ''}`} step={step} profile={profile} onSaved={setNotice} />
            <div className="wizard-nav">
              <button type="button" className="button" disabled={stepIndex === 0} onClick={() => choose(stepIndex - 1)}>
                Previous step
              </button>
              <button type="button" className="button" disabled={stepIndex === PRODUCT_STEPS.length - 1} onClick={() => choose(stepIndex + 1)}>
                Next step
              </button>
            </div>
          </section>
        </div>
      ) : (
        !error && <p className="muted">Loading…</p>
      )}
      <div className="stack helpers">
        <RegulatoryHelperCard kind="mdr" />
        <RegulatoryHelperCard kind="fda" />
      </div>
    </>
  );
}
