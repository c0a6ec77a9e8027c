import { RISK_PLAN_FIELDS, type RiskPlan, type RiskPlanField } from '../../../../shared/api/risk-types';
import { FORM_ERROR } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { useForm } from '../../hooks/use-form';
import { useRiskStore } from '../../stores/risk-store';

/** What each part of the plan holds, after ISO 14971 4.4 a) to g). */
const PLAN_FIELD_TEXT: Record<RiskPlanField, { label: string; hint: string }> = {
  scope: { label: 'Scope', hint: 'The device, its intended use and what this plan covers.' },
  lifecyclePhases: { label: 'Life-cycle phases covered', hint: 'From design through production, use and decommissioning.' },
  responsibilities: { label: 'Responsibilities and authorities', hint: 'Who analyses, who decides on acceptability, who approves.' },
  reviewRequirements: { label: 'Review of risk management activities', hint: 'When and how the team reviews this work.' },
  acceptabilityPolicy: { label: 'Criteria for risk acceptability', hint: 'The policy behind the matrix below.' },
  overallCriterion: { label: 'Criterion for the overall residual risk', hint: 'How the whole residual risk is judged (clause 8).' },
  controlVerification: { label: 'Verification of risk controls', hint: 'How implementation and effectiveness are verified.' },
  productionInformation: { label: 'Production and post-production information', hint: 'How it is collected and reviewed (clause 10).' },
};

const valuesOf = (plan: RiskPlan) => Object.fromEntries(RISK_PLAN_FIELDS.map((f) => [f, plan[f]])) as Record<string, string>;

/** The plan's prose, saved together; fields still empty are listed so the team sees what is missing. */
export function PlanForm({ plan }: { plan: RiskPlan }) {
  const form = useForm(valuesOf(plan));
  const updatePlan = useRiskStore((s) => s.updatePlan);
  return (
    <form noValidate onSubmit={(event) => void form.submit(event, () => ({}), (v) => updatePlan(Object.fromEntries(RISK_PLAN_FIELDS.map((f) => [f, v[f] ?? '']))))}>
      <p className="muted" data-testid="plan-missing">
        {plan.missing.length ? `Still to write: ${plan.missing.map((f) => PLAN_FIELD_TEXT[f].label.toLowerCase()).join(', ')}.` : 'Every part of the plan is written.'}
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
