import { useState } from 'react';
import type { SignificanceRegion } from '../../../../shared/api/changes-types';
import { EU_OUTCOME_LABELS, EU_SIGNIFICANCE } from '../../../../shared/changes/eu-significance';
import { walk, type Questionnaire } from '../../../../shared/changes/significance-walk';
import { US_OUTCOME_LABELS, US_SIGNIFICANCE } from '../../../../shared/changes/us-significance';
import { messageOf } from '../../api/field-errors';
import { Dialog } from '../../components/Dialog';
import { ScreenMessages } from '../../components/ScreenMessages';
import { useChangesStore } from '../../stores/changes-store';

const REGIONS: Record<SignificanceRegion, { title: string; intro: string; questionnaire: Questionnaire<string>; labels: Record<string, string> }> = {
  eu: {
    title: 'EU significance (MDCG 2020-3)',
    intro:
      'The questions follow the MDCG 2020-3 charts: administrative changes, then intended purpose (A), design and performance (B) and software (C). The first "yes" settles it.',
    questionnaire: EU_SIGNIFICANCE,
    labels: EU_OUTCOME_LABELS,
  },
  us: {
    title: 'US significance (FDA software-change questions)',
    intro: 'The questions follow the FDA guidance on software changes, in its order. The first "yes" settles it.',
    questionnaire: US_SIGNIFICANCE,
    labels: US_OUTCOME_LABELS,
  },
};

/**
 * The guided significance assessment: one question at a time with its help, going back allowed, then the
 * outcome with the answers that decided it and the person's rationale. The core derives the same outcome.
 */
export function SignificanceWizard({
  changeId,
  region,
  initial,
  onClose,
}: {
  changeId: number;
  region: SignificanceRegion;
  initial: Record<string, boolean>;
  onClose: () => void;
}) {
  const def = REGIONS[region];
  const assess = useChangesStore((s) => s.assess);
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [rationale, setRationale] = useState('');
  const [error, setError] = useState<string | null>(null);
  const result = walk(def.questionnaire, answers);
  const answer = (id: string, value: boolean) => setAnswers((a) => ({ ...a, [id]: value }));
  const back = () => {
    const last = result.asked.at(-1);
    if (!last) return;
    setAnswers((a) => Object.fromEntries(Object.entries(a).filter(([k]) => k !== last.id && result.asked.some((q) => q.id === k))));
  };

  async function save() {
    setError(null);
    try {
      await assess({ id: changeId, region, answers, rationale });
      onClose();
    } catch (e) {
      setError(messageOf(e));
    }
  }

  const step = result.asked.length + (result.complete ? 0 : 1);
  return (
    <Dialog title={def.title} description={def.intro} onClose={onClose} wide>
      {Object.keys(initial).length > 0 && <p className="small muted">A stored assessment exists; answering again replaces it.</p>}
      {!result.complete ? (
        <fieldset className="fieldset question significance-question" key={result.next.id}>
          <legend>
            <span className="muted small">
              Question {step} · {result.next.group}
            </span>
            <br />
            {result.next.text}
          </legend>
          <p className="field-hint">{result.next.help}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => answer(result.next.id, true)}>
              Yes
            </button>
            <button type="button" className="button" onClick={() => answer(result.next.id, false)}>
              No
            </button>
            {result.asked.length > 0 && (
              <button type="button" className="button button-quiet" onClick={back}>
                Back
              </button>
            )}
          </div>
        </fieldset>
      ) : (
        <div className="significance-outcome">
          <p>
            Outcome: <strong>{def.labels[result.outcome]}</strong>
          </p>
          <p className="small">Decided by:</p>
          <ul className="small">
            {result.deciding.map((q) => (
              <li key={q.id}>
                {q.id}: {q.text} — <strong>{answers[q.id] ? 'yes' : 'no'}</strong>
              </li>
            ))}
          </ul>
          <label className="field">
            <span className="field-label">Rationale for the outcome</span>
            <textarea className="textarea" rows={3} value={rationale} onChange={(e) => setRationale(e.target.value)} />
          </label>
          <ScreenMessages error={error} notice={null} />
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={() => void save()}>
              Save the assessment
            </button>
            <button type="button" className="button button-quiet" onClick={back}>
              Back
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
