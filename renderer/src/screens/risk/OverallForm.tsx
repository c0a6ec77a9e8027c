import type { RiskPlan } from '../../../../shared/api/risk-types';
import { api } from '../../api/client';
import { FORM_ERROR } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { RadioGroup } from '../../components/RadioGroup';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { endSentence } from '../../../../shared/domain/words';
import { useForm } from '../../hooks/use-form';
import { localDateTime } from '../../forms/format';
import { useRiskStore } from '../../stores/risk-store';

/** ISO 14971 clause 8: the overall residual risk judged against the plan's criterion, with who said so and when. */
export function OverallForm({ plan }: { plan: RiskPlan }) {
  const run = useRiskStore((s) => s.run);
  const o = plan.overall;
  const form = useForm<Record<string, string>>({ evaluation: o.evaluation, acceptable: o.acceptable === null ? '' : String(o.acceptable) });
  return (
    <section className="card" aria-labelledby="risk-overall-title">
      <h2 id="risk-overall-title">Overall residual risk</h2>
      <p className="muted">
        Criterion: {endSentence(plan.overallCriterion || 'not written in the plan yet')}{' '}
        {o.evaluatedAt ? `Last evaluated ${localDateTime(o.evaluatedAt)}${o.evaluatedBy ? ` by ${o.evaluatedBy}` : ''}.` : 'Not evaluated yet.'}
      </p>
      <form
        noValidate
        onSubmit={(event) =>
          void form.submitInput(
            event,
            {
              method: 'risk.evaluateOverall',
              input: (v) => v,
              // An unanswered radio group is no answer, not "not acceptable".
              check: (v) => ({ ...(v.evaluation?.trim() ? {} : { evaluation: 'Write the evaluation.' }), ...(v.acceptable ? {} : { acceptable: 'Choose one.' }) }),
            },
            async (evaluated) => {
              await run(
                () => api('risk.evaluateOverall', evaluated),
                () => 'Overall residual risk evaluation saved.',
              );
            },
          )
        }
      >
        <TextAreaField label="Evaluation" rows={3} {...form.field('evaluation')} />
        <RadioGroup
          legend="Is the overall residual risk acceptable?"
          name="acceptable"
          options={[
            { value: 'true', label: 'Acceptable' },
            { value: 'false', label: 'Not acceptable' },
          ]}
          value={form.values.acceptable ?? ''}
          error={form.errors.acceptable}
          onChange={(value) => form.set('acceptable', value)}
        />
        <FormError message={form.errors[FORM_ERROR]} />
        <SubmitButton busy={form.busy} busyLabel="Saving…">
          Save evaluation
        </SubmitButton>
      </form>
    </section>
  );
}
