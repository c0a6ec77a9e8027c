import type { RiskRow } from '../../../../shared/api/risk-types';
import { CONTROL_TYPE_LABELS, CONTROL_TYPES, type ControlType } from '../../../../shared/risk/controls';
import { api } from '../../api/client';
import { FORM_ERROR } from '../../api/field-errors';
import { CheckboxField } from '../../components/CheckboxField';
import { Dialog } from '../../components/Dialog';
import { RadioGroup } from '../../components/RadioGroup';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useForm } from '../../hooks/use-form';
import { useRiskStore } from '../../stores/risk-store';
import { DialogActions } from './DialogActions';
import { RequirementSearch } from './RequirementSearch';

const EMPTY: Record<string, string> = {
  type: 'inherent-safety',
  name: '',
  description: '',
  implementationVerification: '',
  effectivenessVerification: '',
  introducesHazard: '',
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
  const creating = form.values.createRequirement === 'true';

  async function save(v: Record<string, string>) {
    await run(async () => {
      const control = await api('risk.addControl', {
        chainIds: [chain.id],
        type: v.type as ControlType,
        name: v.name ?? '',
        description: v.description ?? '',
        implementationVerification: v.implementationVerification ?? '',
        effectivenessVerification: v.effectivenessVerification ?? '',
        introducesHazard: v.introducesHazard === 'true',
      });
      if (creating) return api('risk.createRequirement', { controlId: control.id, text: v.requirementText ?? '', title: v.name ?? '' });
      if (v.requirementId) return api('risk.linkRequirement', { controlId: control.id, requirementId: Number(v.requirementId) });
      return control;
    }, (c) => `${c.humanId} added to ${chain.humanId}${c.requirements.length ? `, implemented by ${c.requirements.map((r) => r.humanId).join(', ')}` : ''}.`);
    onClose();
  }

  return (
    <Dialog title={`Add a risk control to ${chain.humanId}`} description={`${chain.hazard.name} → ${chain.harm.name}, now ${chain.initial.cell} (${chain.initial.acceptability}).`} onClose={onClose} wide>
      <form
        noValidate
        onSubmit={(event) =>
          void form.submit(
            event,
            (v) => ({
              ...(v.name?.trim() ? {} : { name: 'Name the control.' }),
              ...(creating && !v.requirementText?.trim() ? { requirementText: 'Write the requirement, or link an existing one instead.' } : {}),
            }),
            save,
          )
        }
      >
        <RadioGroup
          legend="Type of control"
          help="In the order the standard asks you to consider them: make the design safe first, then protect, and only then inform."
          name="type"
          options={CONTROL_TYPES.map((t) => ({ value: t, label: CONTROL_TYPE_LABELS[t] }))}
          value={form.values.type ?? ''}
          onChange={(value) => form.set('type', value)}
        />
        <div className="field-grid">
          <TextField label="Control" className="field-wide" {...form.field('name')} />
          <div className="field-wide">
            <TextAreaField label="Description" rows={2} {...form.field('description')} />
          </div>
          <TextAreaField label="Verification of implementation" rows={2} hint="How you will show it is in the product." {...form.field('implementationVerification')} />
          <TextAreaField label="Verification of effectiveness" rows={2} hint="How you will show it reduces the risk." {...form.field('effectivenessVerification')} />
        </div>
        <CheckboxField {...form.field('introducesHazard')}>This control could introduce a new hazard (to be analysed, ISO 14971 7.5)</CheckboxField>
        <fieldset className="fieldset">
          <legend>Implemented by</legend>
          <CheckboxField {...form.field('createRequirement')}>Create a new software requirement from this control</CheckboxField>
          {creating ? (
            <TextAreaField label="Requirement text" rows={2} hint='Marked as a risk control, e.g. "The app shall …".' {...form.field('requirementText')} />
          ) : (
            <RequirementSearch value={form.values.requirementId ?? ''} onChange={(id) => form.set('requirementId', id)} />
          )}
        </fieldset>
        <DialogActions error={form.errors[FORM_ERROR]} busy={form.busy} busyLabel="Adding…" label="Add control" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
