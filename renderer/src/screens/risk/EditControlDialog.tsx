import { useState } from 'react';
import type { ParsedInputOf } from '../../../../shared/api/contract';
import type { RiskControl } from '../../../../shared/api/risk-types';
import { api } from '../../api/client';
import { FORM_ERROR } from '../../api/field-errors';
import { Dialog } from '../../components/Dialog';
import { SelectField } from '../../components/SelectField';
import { useForm } from '../../hooks/use-form';
import { checkboxValue, isChecked } from '../../forms/checkbox-value';
import { differs, useUnsavedGuard } from '../../hooks/use-unsaved-guard';
import { useRiskStore } from '../../stores/risk-store';
import { ControlFields, controlValues } from './ControlFields';
import { ControlRequirements } from './ControlRequirements';
import { DialogActions } from './DialogActions';

function valuesOf(c: RiskControl): Record<string, string> {
  return {
    type: c.type,
    name: c.name,
    description: c.description,
    implementationVerification: c.implementationVerification,
    effectivenessVerification: c.effectivenessVerification,
    introducesHazard: checkboxValue(c.introducesHazard),
    newHazardId: c.newHazard ? String(c.newHazard.id) : '',
  };
}

/**
 * Edits a risk control: what it is, which chains it acts on and, when it may bring a new hazard, which
 * hazard that is. Its requirements are linked and unlinked in the same dialog, each change at once.
 */
export function EditControlDialog({ control, onClose }: { control: RiskControl; onClose: () => void }) {
  const records = useRiskStore((s) => s.records);
  const rows = useRiskStore((s) => s.list?.rows ?? []);
  const run = useRiskStore((s) => s.run);
  // The store reloads after each link or unlink; read the control from it so the list stays current.
  const current = records?.controls.find((c) => c.id === control.id) ?? control;
  const form = useForm(valuesOf(control));
  const [chainIds, setChainIds] = useState(() => new Set(control.chains.map((c) => c.id)));
  useUnsavedGuard(!form.busy && differs([...chainIds].sort(), control.chains.map((c) => c.id).sort()));
  const flagged = isChecked(form.values.introducesHazard);

  function toggle(id: number) {
    const next = new Set(chainIds);
    if (!next.delete(id)) next.add(id);
    setChainIds(next);
  }

  async function save(changed: ParsedInputOf<'risk.updateControl'>) {
    await run(
      () => api('risk.updateControl', changed),
      (c) => `${c.humanId} changed.`,
      true,
    );
    onClose();
  }

  return (
    <Dialog title={`Edit ${control.humanId}`} description="A risk control, the chains it acts on and the requirements that implement it." onClose={onClose} wide>
      <ControlRequirements control={current} />
      <form
        noValidate
        onSubmit={(event) =>
          void form.submitInput(
            event,
            {
              method: 'risk.updateControl',
              // Chains come from the checkboxes below; the new hazard counts only while the flag is set.
              input: (v) => ({ id: control.id, ...controlValues(v), chainIds: [...chainIds], newHazardId: flagged ? (v.newHazardId ?? '') : '' }),
              check: (v) => (v.name?.trim() ? {} : { name: 'Name the control.' }),
            },
            save,
          )
        }
      >
        <ControlFields field={form.field} />
        {flagged && (
          <SelectField
            label="The new hazard, once analysed"
            options={[{ value: '', label: 'Not analysed yet' }, ...(records?.hazards ?? []).map((h) => ({ value: String(h.id), label: `${h.humanId} ${h.name}` }))]}
            {...form.field('newHazardId')}
          />
        )}
        <fieldset className="fieldset">
          <legend>Acts on these chains</legend>
          <div className="risk-chain-choices">
            {rows.map((r) => (
              <label key={r.id} className="check-option">
                <input type="checkbox" checked={chainIds.has(r.id)} onChange={() => toggle(r.id)} />
                <span>
                  {r.humanId} {r.hazard.name} → {r.harm.name}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <DialogActions error={form.errors[FORM_ERROR]} busy={form.busy} busyLabel="Saving…" label="Save control" />
      </form>
    </Dialog>
  );
}
