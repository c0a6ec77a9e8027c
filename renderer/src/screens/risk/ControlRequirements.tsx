import { useState } from 'react';
import type { RiskControl } from '../../../../shared/api/risk-types';
import { api } from '../../api/client';
import { messageOf } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { TextAreaField } from '../../components/TextAreaField';
import { useUnsavedGuard } from '../../hooks/use-unsaved-guard';
import { useRiskStore } from '../../stores/risk-store';
import { RequirementSearch } from './RequirementSearch';

/**
 * The requirements that implement a control (IEC 62304 5.2.3, 7.2): unlink one, link an existing one, or
 * write a new one from the control, marked as a risk control. Each acts at once, apart from the control's
 * own form, and a refusal shows here.
 */
export function ControlRequirements({ control }: { control: RiskControl }) {
  const run = useRiskStore((s) => s.run);
  const [requirementId, setRequirementId] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useUnsavedGuard(!busy && text.trim() !== '');

  async function act(work: () => Promise<RiskControl>, notice: (c: RiskControl) => string, done: () => void) {
    setBusy(true);
    setError(null);
    try {
      await run(work, notice, true);
      done();
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  const link = () =>
    act(
      () => api('risk.linkRequirement', { controlId: control.id, requirementId: Number(requirementId) }),
      (c) => `${c.humanId} is now implemented by ${c.requirements.map((r) => r.humanId).join(', ')}.`,
      () => setRequirementId(''),
    );
  const create = () =>
    act(
      () => api('risk.createRequirement', { controlId: control.id, text, title: control.name }),
      (c) => `Requirement created from ${c.humanId}; implemented by ${c.requirements.map((r) => r.humanId).join(', ')}.`,
      () => setText(''),
    );

  return (
    <fieldset className="fieldset" data-testid="control-requirements">
      <legend>Implemented by</legend>
      <p className="field-hint">Changes in this part are saved at once.</p>
      {control.requirements.length ? (
        <ul className="risk-requirements">
          {control.requirements.map((r) => (
            <li key={r.id}>
              <span>
                <strong>{r.humanId}</strong> {r.title}
                {r.suspect && <span className="soup-missing"> (suspect link)</span>}
              </span>
              <button
                type="button"
                className="button button-quiet button-small"
                disabled={busy}
                onClick={() =>
                  void act(
                    () => api('risk.unlinkRequirement', { controlId: control.id, requirementId: r.id }),
                    (c) => `${r.humanId} no longer implements ${c.humanId}.`,
                    () => undefined,
                  )
                }
              >
                Unlink<span className="visually-hidden"> {r.humanId}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="soup-missing">No requirement implements this control yet.</p>
      )}
      <div className="risk-link-row">
        <RequirementSearch value={requirementId} onChange={setRequirementId} />
        <button type="button" className="button button-small" disabled={busy || !requirementId} onClick={() => void link()}>
          Link requirement
        </button>
      </div>
      <TextAreaField
        label="New requirement from this control"
        hint='Marked as a risk control, e.g. "The app shall …".'
        rows={2}
        name="requirementText"
        value={text}
        error={undefined}
        onChange={setText}
      />
      <div className="button-row">
        <button type="button" className="button button-small" disabled={busy || !text.trim()} onClick={() => void create()}>
          Create requirement
        </button>
      </div>
      <FormError message={error ?? undefined} />
    </fieldset>
  );
}
