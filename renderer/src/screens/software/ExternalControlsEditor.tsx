import type { RiskFileControl } from '../../../../shared/api/classification-types';
import type { ExternalControl } from '../../../../shared/regulatory/external-controls';
import type { FieldErrors } from '../../api/field-errors';
import { TextField } from '../../components/TextField';

interface ExternalControlsEditorProps {
  controls: ExternalControl[];
  /** The risk file's controls with whether each is external to this system; empty without a risk file. */
  riskControls: RiskFileControl[];
  errors: FieldErrors;
  onChange(controls: ExternalControl[]): void;
}

/**
 * The external risk controls credited by the classification, each with why it is independent of the
 * software: picked from the risk file where it has them, or written in for teams without one yet.
 */
export function ExternalControlsEditor({ controls, riskControls, errors, onChange }: ExternalControlsEditorProps) {
  const update = (index: number, change: Partial<ExternalControl>) => onChange(controls.map((control, i) => (i === index ? { ...control, ...change } : control)));
  const creditable = riskControls.filter((c) => c.placement === 'external');
  const others = riskControls.filter((c) => c.placement !== 'external');
  const pick = (c: RiskFileControl, on: boolean) =>
    onChange(on ? [...controls, { riskControlId: c.id, riskControlHumanId: c.humanId, control: c.name, independence: '' }] : controls.filter((x) => x.riskControlId !== c.id));
  return (
    <div className="controls-editor">
      <h3>External risk controls</h3>
      {errors.externalControls && (
        <p className="field-error" role="alert">
          {errors.externalControls}
        </p>
      )}
      {riskControls.length > 0 && (
        <fieldset className="risk-picker">
          <legend>Controls from the risk file that work outside this system</legend>
          {creditable.length === 0 && <p className="muted small">None: every control in the risk file runs inside this system or is not allocated yet.</p>}
          <ul className="plain-list risk-picker-list">
            {creditable.map((c) => (
              <li key={c.id}>
                <label className="check-option">
                  <input type="checkbox" name="riskControlIds" checked={controls.some((x) => x.riskControlId === c.id)} onChange={(event) => pick(c, event.target.checked)} />
                  <span>
                    {c.humanId} {c.name} <span className="muted small">— {c.reason}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {others.length > 0 && (
            <details className="small">
              <summary>Not offered ({others.length})</summary>
              <ul className="plain-list">
                {others.map((c) => (
                  <li key={c.id}>
                    {c.humanId} {c.name}: {c.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </fieldset>
      )}
      {controls.length === 0 && <p className="muted small">None credited yet.</p>}
      <ol className="controls-list">
        {controls.map((control, index) => (
          <li key={control.riskControlId === undefined ? `free-${index}` : `rc-${control.riskControlId}`} className="control-row">
            {control.riskControlId === undefined ? (
              <TextField
                label={`Control ${index + 1}`}
                name={`externalControls.${index}.control`}
                value={control.control}
                error={errors[`externalControls.${index}.control`]}
                onChange={(value) => update(index, { control: value })}
              />
            ) : (
              <p className="control-name">
                <strong>
                  {control.riskControlHumanId} {control.control}
                </strong>
                {errors[`externalControls.${index}.riskControlId`] && (
                  <span className="field-error" role="alert">
                    {' '}
                    {errors[`externalControls.${index}.riskControlId`]}
                  </span>
                )}
              </p>
            )}
            <TextField
              label={`Why control ${index + 1} is independent`}
              name={`externalControls.${index}.independence`}
              value={control.independence}
              error={errors[`externalControls.${index}.independence`]}
              onChange={(value) => update(index, { independence: value })}
            />
            {control.riskControlId === undefined && (
              <button type="button" className="button button-small button-quiet" onClick={() => onChange(controls.filter((_, i) => i !== index))}>
                Remove control {index + 1}
              </button>
            )}
          </li>
        ))}
      </ol>
      <button type="button" className="button button-small" onClick={() => onChange([...controls, { control: '', independence: '' }])}>
        Add a control not in the risk file
      </button>
    </div>
  );
}
