import { useState } from 'react';
import { CHECKLISTS, REVIEW_ANSWER_LABELS, REVIEW_ANSWERS, REVIEW_RESULT_LABELS, REVIEW_RESULTS, type ReviewAnswer, type ReviewKind, type ReviewResult } from '../../../../shared/reviews/checklists';
import { api } from '../../api/client';
import { messageOf } from '../../api/field-errors';
import { Dialog } from '../../components/Dialog';

interface Answer {
  answer: ReviewAnswer | '';
  note: string;
}

/**
 * A verification checklist (requirements 5.2.6 here; the architecture screens use the other kinds):
 * answer each question, give reasons for "no" and "not applicable", choose the result and record it
 * under your name. The core refuses an inconsistent record and says which answer is at fault.
 */
export function ReviewChecklistDialog({ kind, defaultScope, onRecorded, onClose }: { kind: ReviewKind; defaultScope: string; onRecorded: (summary: string) => void; onClose: () => void }) {
  const checklist = CHECKLISTS[kind];
  const [answers, setAnswers] = useState<Record<string, Answer>>(() => Object.fromEntries(checklist.questions.map((q) => [q.key, { answer: '', note: '' }])));
  const [scope, setScope] = useState(defaultScope);
  const [result, setResult] = useState<ReviewResult>('passed');
  const [findings, setFindings] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function record() {
    const missing = checklist.questions.find((q) => !answers[q.key]?.answer);
    if (missing) return setError(`Answer every question: "${missing.text}" has no answer.`);
    setBusy(true);
    try {
      const recorded = await api('reviews.record', {
        kind,
        scope,
        result,
        findings,
        answers: checklist.questions.map((q) => ({ question: q.key, answer: answers[q.key]?.answer as ReviewAnswer, note: answers[q.key]?.note ?? '' })),
      });
      onRecorded(`${recorded.humanId} recorded: ${REVIEW_RESULT_LABELS[recorded.result].toLowerCase()}.`);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title={`${checklist.title} (IEC 62304 ${checklist.clause})`} description="Recorded with your name and the time; the SRS shows the latest result." onClose={onClose} wide>
      <label className="field">
        <span className="field-label">What was reviewed</span>
        <input className="input" value={scope} onChange={(e) => setScope(e.target.value)} />
      </label>
      <ol className="review-questions">
        {checklist.questions.map((q) => {
          const a = answers[q.key] ?? { answer: '', note: '' };
          const set = (patch: Partial<Answer>) => setAnswers({ ...answers, [q.key]: { ...a, ...patch } });
          return (
            <li key={q.key}>
              <fieldset className="review-question">
                <legend>{q.text}</legend>
                <p className="muted small">{q.help}</p>
                <div className="radio-row">
                  {REVIEW_ANSWERS.map((value) => (
                    <label key={value} className="check-option">
                      <input type="radio" name={`review-${q.key}`} checked={a.answer === value} onChange={() => set({ answer: value })} />
                      <span>{REVIEW_ANSWER_LABELS[value]}</span>
                    </label>
                  ))}
                </div>
                {a.answer !== '' && a.answer !== 'yes' && (
                  <label className="field">
                    <span className="field-label">{a.answer === 'no' ? 'What is wrong' : 'Why it does not apply'}</span>
                    <input className="input" value={a.note} onChange={(e) => set({ note: e.target.value })} />
                  </label>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <fieldset className="review-question">
        <legend>Result</legend>
        <div className="radio-row">
          {REVIEW_RESULTS.map((value) => (
            <label key={value} className="check-option">
              <input type="radio" name="review-result" checked={result === value} onChange={() => setResult(value)} />
              <span>{REVIEW_RESULT_LABELS[value]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="field">
        <span className="field-label">Findings{result === 'passed' ? ' (optional)' : ''}</span>
        <textarea className="input" rows={3} value={findings} onChange={(e) => setFindings(e.target.value)} />
      </label>
      {error && (
        <p className="message message-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button button-primary" aria-disabled={busy || undefined} onClick={() => void record()}>
          Record review
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
