import type { DevPlanStepView } from '../../../../shared/api/dev-plan-types';
import { stepStateLine } from './step-words';

interface StepListProps {
  steps: DevPlanStepView[];
  current: number;
  onChoose(index: number): void;
}

/** The plan's steps beside the editor, each marked done, missing, or optional. */
export function StepList({ steps, current, onChoose }: StepListProps) {
  return (
    <nav aria-label="Development plan steps">
      <ol className="wizard-steps">
        {steps.map((s, index) => (
          <li key={s.id}>
            <button
              type="button"
              className={`wizard-step${s.required ? '' : ' wizard-step-optional'}`}
              aria-current={index === current ? 'step' : undefined}
              onClick={() => onChoose(index)}
              data-testid={`step-${s.id}`}
            >
              <span className={`milestone-mark${s.done ? ' done' : s.missing ? ' missing' : ''}`} aria-hidden="true" />
              <span>
                {s.reference} {s.title}
                <span className={`wizard-step-state${s.missing ? ' step-missing' : ''}`}>{stepStateLine(s)}</span>
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
