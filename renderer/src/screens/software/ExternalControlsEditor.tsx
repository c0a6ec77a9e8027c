import type { ExternalControl } from '../../../../shared/regulatory/external-controls';
import type { FieldErrors } from '../../api/field-errors';
import { TextField } from '../../components/TextField';

interface ExternalControlsEditorProps {
  controls: ExternalControl[];
  errors: FieldErrors;
  onChange(controls: ExternalControl[]): void;
}

/** The external risk controls credited by the classification, each with why it is independent of the software. */
export function ExternalControlsEditor({ controls, errors, onChange }: ExternalControlsEditorProps) {
  const update = (index: number, change: Partial<ExternalControl>) =>
    onChange(controls.map((control, i) => (i === index ? { ...control, ...change } : control)));
  return (
    <div className="controls-editor">
      <h3>External risk controls</h3>
      {errors.externalControls && (
        <p className="field-error" role="alert">
          {errors.externalControls}
        </p>
      )}
      {controls.length === 0 && <p className="muted small">None credited yet.</p>}
      <ol className="controls-list">
        {controls.map((control, index) => (
          <li key={index} className="control-row">
            <TextField
              label={`Control ${index + 1}`}
              name={`externalControls.${index}.control`}
              value={control.control}
              error={errors[`externalControls.${index}.control`]}
              onChange={(value) => update(index, { control: value })}
            />
            <TextField
              label={`Why control ${index + 1} is independent`}
              name={`externalControls.${index}.independence`}
              value={control.independence}
              error={errors[`externalControls.${index}.independence`]}
              onChange={(value) => update(index, { independence: value })}
            />
            <button type="button" className="button button-small button-quiet" onClick={() => onChange(controls.filter((_, i) => i !== index))}>
              Remove control {index + 1}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button button-small" onClick={() => onChange([...controls, { control: '', independence: '' }])}>
        Add an external control
      </button>
    </div>
  );
}
