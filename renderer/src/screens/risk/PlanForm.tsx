import { RISK_PLAN_FIELDS, type RiskPlanView } from '../../../../shared/api/risk-types';
import { RISK_PLAN_FIELD_TEXT as PLAN_FIELD_TEXT } from '../../../../shared/risk/plan-fields';
import { FORM_ERROR } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { useForm } from '../../hooks/use-form';
import { useRiskStore } from '../../stores/risk-store';

/** What each field opens on: the saved text, or Cairn's draft while nothing is saved, so the team edits rather than starts blank. */
const valuesOf = (plan: RiskPlanView) => Object.fromEntries(RISK_PLAN_FIELDS.map((f) => [f, plan[f].trim() ? plan[f] : plan.drafts[f]])) as Record<string, string>;

/** The plan's prose, saved together; fields still empty are listed so the team sees what is missing. */
export function PlanForm({ plan }: { plan: RiskPlanView }) {
  const form = useForm(valuesOf(plan));
  const updatePlan = useRiskStore((s) => s.updatePlan);
  return (
    <form
      noValidate
      onSubmit={(event) =>
        void form.submit(
          event,
          () => ({}),
          (v) => updatePlan(Object.fromEntries(RISK_PLAN_FIELDS.map((f) => [f, v[f] ?? '']))),
        )
      }
    >
      <p className="muted" data-testid="plan-missing">
        {plan.missing.length
          ? `Not saved yet: ${plan.missing.map((f) => PLAN_FIELD_TEXT[f].label.toLowerCase()).join(', ')}. Those parts show Cairn’s draft, written from the product and the team: make it yours and save the plan.`
          : 'Every part of the plan is written.'}
      </p>
      <div className="field-grid">
        {RISK_PLAN_FIELDS.map((f) => (
          <TextAreaField key={f} label={PLAN_FIELD_TEXT[f].label} hint={PLAN_FIELD_TEXT[f].hint} rows={3} {...form.field(f)} />
        ))}
      </div>
      <FormError message={form.errors[FORM_ERROR]} />
      <SubmitButton busy={form.busy} busyLabel="Saving…">
        Save plan
      </SubmitButton>
    </form>
  );
}
