import type { RiskFileSituation } from '../../../../shared/api/classification-types';
import { WORST_HARM_OF, worstOf } from '../../../../shared/regulatory/severity-hint';
import { HARM_LEVEL_LABELS } from '../../../../shared/risk/scales';
import { HARM_OPTIONS } from './classify-help';

interface RiskSituationsPickerProps {
  situations: RiskFileSituation[];
  picked: number[];
  error: string | undefined;
  onChange(picked: number[]): void;
}

const harmWords = (s: RiskFileSituation) =>
  s.worstSeverity ? `worst S${s.worstSeverity.level} ${s.worstSeverity.levelName} (${HARM_LEVEL_LABELS[s.worstSeverity.harm].toLowerCase()})` : 'no chain yet';

/** The risk file's hazardous situations as checkboxes; those this system's software is named a cause of are suggested. */
export function RiskSituationsPicker({ situations, picked, error, onChange }: RiskSituationsPickerProps) {
  const toggle = (id: number, on: boolean) => onChange(on ? [...picked, id] : picked.filter((p) => p !== id));
  return (
    <fieldset className="risk-picker" aria-invalid={error ? true : undefined}>
      <legend>Hazardous situations from the risk file this system can contribute to</legend>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {situations.length === 0 ? (
        <p className="muted small">The risk file has no hazardous situations yet. Answer from your own analysis, and link the situations once the risk file holds them.</p>
      ) : (
        <ul className="plain-list risk-picker-list">
          {situations.map((s) => (
            <li key={s.id}>
              <label className="check-option">
                <input type="checkbox" name="situationIds" checked={picked.includes(s.id)} onChange={(event) => toggle(s.id, event.target.checked)} />
                <span>
                  {s.humanId} {s.name}
                  <span className="muted small">
                    {' '}
                    — {harmWords(s)}
                    {s.causedBy.length > 0 && `; suggested: ${s.causedBy.join(', ')} named as a cause`}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/** The worst harm the risk file records for the picked situations, as a hint for question 3. */
export function SeverityHintNote({ situations, picked }: { situations: RiskFileSituation[]; picked: number[] }) {
  const worst = worstOf(situations.filter((s) => picked.includes(s.id)).map((s) => s.worstSeverity));
  if (!worst) return null;
  const answer = HARM_OPTIONS.find((o) => o.value === WORST_HARM_OF[worst.harm])?.label ?? '';
  return (
    <p className="hint-note small" data-testid="severity-hint">
      Risk file: the worst severity of the picked situations is S{worst.level} {worst.levelName} ({worst.harmHumanId} {worst.harmName}, {worst.chainHumanId}), which the plan maps
      to “{answer}”. It is estimated before any control, and software failure is taken as certain here. Answer lower only if an external control limits the harm, and say which one.
    </p>
  );
}
