import type { ParsedInputOf } from '../../../../shared/api/contract';
import type { RiskRow } from '../../../../shared/api/risk-types';
import { api } from '../../api/client';
import { FORM_ERROR } from '../../api/field-errors';
import { CheckboxField } from '../../components/CheckboxField';
import { Dialog } from '../../components/Dialog';
import { TextAreaField } from '../../components/TextAreaField';
import { useForm } from '../../hooks/use-form';
import { isChecked } from '../../forms/checkbox-value';
import { useRiskStore } from '../../stores/risk-store';
import { CONTROL_FIELD_VALUES, ControlFields, controlValues } from './ControlFields';
import { DialogActions } from './DialogActions';
import { RequirementSearch } from './RequirementSearch';

const EMPTY: Record<string, string> = {
  ...CONTROL_FIELD_VALUES,
  requirementId: '',
  createRequirement: 'true',
  requirementText: '',
};

/**
 * Adds a risk control to a chain, offering the options in the order ISO 14971 7.1 prefers them, and
 * gives it its requirement in the same step: an existing one, or a new one written here and marked as a
 * risk control (IEC 62304 5.2.3).
 */
export function AddControlDialog({ chain, onClose }: { chain: RiskRow; onClose: () => void }) {
  const form = useForm(EMPTY);
  const run = useRiskStore((s) => s.run);
  const creating = isChecked(form.values.createRequirement);

  // One call: the control and its requirement are recorded together or not at all.
  function input(v: Record<string, string>) {
    const implementedBy = creating
      ? { kind: 'new', text: v.requirementText ?? '', title: v.name ?? '' }
      : v.requirementId
        ? { kind: 'existing', requirementId: Number(v.requirementId) }
        : undefined;
    return { chainIds: [chain.id], ...controlValues(v), ...(implementedBy ? { implementedBy } : {}) };
  }

  async function save(control: ParsedInputOf<'risk.addControl'>) {
    await run(
      () => api('risk.addControl', control),
      (c) => `${c.humanId} added to ${chain.humanId}${c.requirements.length ? `, implemented by ${c.requirements.map((r) => r.humanId).join(', ')}` : ''}.`,
    );
    onClose();
  }

  return (
    <Dialog
      title={`Add a risk control to ${chain.humanId}`}
      description={`${chain.hazard.name} → ${chain.harm.name}, now ${chain.initial.cell} (${chain.initial.acceptability}).`}
      onClose={onClose}
      wide
    >
      <form
        noValidate
        onSubmit={(event) =>
          void form.submitInput(
            event,
            {
              method: 'risk.addControl',
              input,
              check: (v) => ({
                ...(v.name?.trim() ? {} : { name: 'Name the control.' }),
                ...(creating && !v.requirementText?.trim() ? { requirementText: 'Write the requirement, or link an existing one instead.' } : {}),
              }),
            },
            save,
          )
        }
      >
        <ControlFields field={form.field} />
        <fieldset className="fieldset">
          <legend>Implemented by</legend>
          <CheckboxField {...form.field('createRequirement')}>Create a new software requirement from this control</CheckboxField>
          {creating ? (
            <TextAreaField label="Requirement text" rows={2} hint='Marked as a risk control, e.g. "The app shall …".' {...form.field('requirementText')} />
          ) : (
            <RequirementSearch value={form.values.requirementId ?? ''} onChange={(id) => form.set('requirementId', id)} />
          )}
        </fieldset>
        <DialogActions error={form.errors[FORM_ERROR]} busy={form.busy} busyLabel="Adding…" label="Add control" />
      </form>
    </Dialog>
  );
}
