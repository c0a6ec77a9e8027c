import { qualifySoftware, type QualificationAnswers, type QualificationKey } from '../../../../shared/regulatory/qualification';
import { RadioGroup } from '../../components/RadioGroup';
import { YES_NO } from './classify-help';

/** Whether the team says the software is medical device software, or asks to be walked through the question. */
export interface QualificationState {
  choice: '' | 'yes' | 'check';
  answers: QualificationAnswers;
}

const CHOICES = [
  { value: 'yes', label: 'Yes' },
  { value: 'check', label: 'Not sure, or no: check it' },
];

/** True when IEC 62304 applies, false when the software is not medical device software, null while open. */
export function standardApplies(state: QualificationState): boolean | null {
  if (state.choice === 'yes') return true;
  if (state.choice === '') return null;
  const q = qualifySoftware(state.answers);
  return q.settled ? q.medicalDeviceSoftware : null;
}

interface QualificationStepProps {
  state: QualificationState;
  onChange(state: QualificationState): void;
}

/**
 * Question 0 of the classification: IEC 62304 covers medical device software only. A team unsure of it
 * is walked through the MDCG 2019-11 qualification; software that does not qualify gets no class.
 */
export function QualificationStep({ state, onChange }: QualificationStepProps) {
  const walk = state.choice === 'check' ? qualifySoftware(state.answers) : null;
  const shown = walk ? [...walk.asked, ...(walk.settled ? [] : [walk.next])] : [];
  const answer = (key: QualificationKey) => (value: string) => {
    // A changed answer drops the later ones: they were given on another path.
    const at = shown.findIndex((q) => q.key === key);
    const kept = Object.fromEntries(shown.slice(0, at).map((q) => [q.key, state.answers[q.key]]));
    onChange({ ...state, answers: { ...kept, [key]: value === 'yes' } });
  };
  return (
    <>
      <RadioGroup
        legend="0. Is this software medical device software?"
        help="IEC 62304 applies to medical device software only. A viewer or archive that only keeps and passes data on may not be; if in doubt, check it."
        name="qualifies"
        options={CHOICES}
        value={state.choice}
        onChange={(value) => onChange({ ...state, choice: value === 'yes' ? 'yes' : 'check' })}
      />
      {shown.map((q) => (
        <RadioGroup
          key={q.key}
          legend={q.text}
          help={q.help}
          name={q.key}
          options={YES_NO}
          value={state.answers[q.key] === undefined ? '' : state.answers[q.key] ? 'yes' : 'no'}
          onChange={answer(q.key)}
        />
      ))}
      {walk?.settled && !walk.medicalDeviceSoftware && (
        <div className="derived-class" data-testid="not-applicable">
          <p>
            <strong>IEC 62304 does not apply</strong>
          </p>
          <p className="small">{walk.rationale}</p>
          <p className="small muted">
            No class is recorded for software the standard does not cover. Keep the qualification on record with the EU MDR helper on the Product screen.
          </p>
        </div>
      )}
    </>
  );
}
