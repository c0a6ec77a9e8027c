import { useState } from 'react';
import type { DevPlanStepView } from '../../../../shared/api/dev-plan-types';
import type { SafetyClass } from '../../../../shared/regulatory/safety-class';
import { LIMITS } from '../../../../shared/domain/limits';
import { FORM_ERROR, messageOf } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { useForm } from '../../hooks/use-form';
import { useDevPlanStore } from '../../stores/dev-plan-store';
import { textSourceLine } from './step-words';

interface StepEditorProps {
  step: DevPlanStepView;
  projectClass: SafetyClass;
  onSaved(message: string): void;
  onError(message: string): void;
}

/** One step: what a reviewer looks for, the text (Cairn's draft until the team saves its own), and its actions. */
export function StepEditor({ step, projectClass, onSaved, onError }: StepEditorProps) {
  const updateStep = useDevPlanStore((state) => state.updateStep);
  const resetStep = useDevPlanStore((state) => state.resetStep);
  const markDone = useDevPlanStore((state) => state.markDone);
  // An empty step opens on the draft, so the team edits rather than starts from a blank page.
  const form = useForm({ text: step.state === 'empty' ? step.draft : step.text });
  const [busy, setBusy] = useState(false);

  async function act(action: () => Promise<void>, message: string) {
    setBusy(true);
    try {
      await action();
      onSaved(message);
    } catch (caught) {
      onError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p className="step-badges">
        <span className={`badge${step.required ? '' : ' badge-muted'}`}>{step.required ? `Required for class ${projectClass}` : `Optional for class ${projectClass}`}</span>
        <span className="muted small">
          IEC 62304 {step.reference} · Table A.1 asks for it in class {step.classes.join(', ')}
        </span>
      </p>
      <div className="reviewer-note">
        <h3>What a reviewer looks for</h3>
        <p>{step.reviewerLooksFor}</p>
      </div>
      <p className="muted small" data-testid="step-source">
        {textSourceLine(step)}
      </p>
      <form
        noValidate
        onSubmit={(event) =>
          void form.submit(
            event,
            (values) => (values.text.trim() === step.text.trim() ? { [FORM_ERROR]: 'Nothing has changed since the last save.' } : {}),
            async (values) => {
              await updateStep(step.id, values.text);
              onSaved(`${step.title} saved.`);
            },
          )
        }
      >
        <TextAreaField
          label={`${step.title} — text for the plan`}
          rows={16}
          maxLength={LIMITS.text}
          hint="Separate paragraphs with a blank line; start a line with “- ” for a list item."
          {...form.field('text')}
        />
        <FormError message={form.errors[FORM_ERROR]} />
        <div className="button-row">
          <SubmitButton busy={form.busy} busyLabel="Saving…">
            Save step
          </SubmitButton>
          {step.state !== 'generated' && (
            <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void act(() => resetStep(step.id), `${step.title}: Cairn’s draft saved.`)}>
              {step.state === 'empty' ? 'Save Cairn’s draft as is' : 'Replace with Cairn’s draft'}
            </button>
          )}
          {step.state !== 'empty' && (
            <button
              type="button"
              className="button"
              aria-disabled={busy || undefined}
              onClick={() => void act(() => markDone(step.id, !step.done), `${step.title} marked ${step.done ? 'not done' : 'done'}.`)}
            >
              {step.done ? 'Mark not done' : 'Mark step done'}
            </button>
          )}
        </div>
      </form>
    </>
  );
}
