import { useState, type ReactNode } from 'react';
import type { InputOf } from '../../../shared/api/contract';
import type { SignedReview } from '../../../shared/api/reviews-types';
import {
  CHECKLISTS,
  questionsFor,
  REVIEW_ANSWER_LABELS,
  REVIEW_ANSWERS,
  REVIEW_RESULT_LABELS,
  REVIEW_RESULTS,
  type ReviewAnswer,
  type ReviewKind,
  type ReviewResult,
} from '../../../shared/reviews/checklists';
import type { SafetyClass } from '../../../shared/regulatory/safety-class';
import { api, ApiCallError } from '../api/client';
import { messageOf } from '../api/field-errors';
import { useUnsavedGuard } from '../hooks/use-unsaved-guard';
import { Dialog, DialogCancel } from './Dialog';
import { SignaturePasswordField } from './SignaturePasswordField';

interface Answer {
  answer: ReviewAnswer | '';
  note: string;
}

type UnitInput = NonNullable<InputOf<'reviews.record'>['unit']>;

interface ReviewChecklistDialogProps {
  kind: ReviewKind;
  defaultScope: string;
  onRecorded: (summary: string, review: SignedReview) => void;
  onClose: () => void;
  /** Unit verification: the unit's class (decides whether the 5.5.4 questions are asked) and its details. */
  unitClass?: SafetyClass | null;
  unit?: UnitInput;
  /** Fields the kind adds above the questions (the unit, revision and checks of a unit verification). */
  children?: ReactNode;
}

/**
 * A verification checklist (requirements, architecture, detailed design or unit verification): answer
 * each question, give reasons for "no" and "not applicable", choose the result, and sign the record as
 * its reviewer with your password. The core refuses an inconsistent record and says which answer is at fault.
 */
export function ReviewChecklistDialog({ kind, defaultScope, onRecorded, onClose, unitClass = null, unit, children }: ReviewChecklistDialogProps) {
  const checklist = CHECKLISTS[kind];
  const questions = questionsFor(kind, unitClass);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [scope, setScope] = useState(defaultScope);
  const [result, setResult] = useState<ReviewResult>('passed');
  const [findings, setFindings] = useState('');
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useUnsavedGuard(!busy && (Object.keys(answers).length > 0 || scope !== defaultScope || findings !== ''));

  async function record() {
    const missing = questions.find((q) => !answers[q.key]?.answer);
    if (missing) return setError(`Answer every question: "${missing.text}" has no answer.`);
    if (!password) return setPasswordError('Enter your password to sign the record.');
    setBusy(true);
    setError(null);
    try {
      const recorded = await api('reviews.record', {
        kind,
        scope,
        result,
        findings,
        answers: questions.map((q) => ({ question: q.key, answer: answers[q.key]?.answer as ReviewAnswer, note: answers[q.key]?.note ?? '' })),
        ...(unit ? { unit } : {}),
        password,
      });
      onRecorded(`${recorded.humanId} recorded and signed: ${REVIEW_RESULT_LABELS[recorded.result].toLowerCase()}.`, recorded);
    } catch (e) {
      if (e instanceof ApiCallError && e.error.field === 'password') setPasswordError(e.error.message);
      else setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={`${checklist.title} (IEC 62304 ${checklist.clause})`}
      description="Recorded with your name and the time, and signed by you as its reviewer."
      onClose={onClose}
      wide
    >
      {children}
      <label className="field">
        <span className="field-label">What was reviewed</span>
        <input className="input" value={scope} onChange={(e) => setScope(e.target.value)} />
      </label>
      <ol className="review-questions">
        {questions.map((q) => {
          const a = answers[q.key] ?? { answer: '', note: '' };
          const set = (patch: Partial<Answer>) => setAnswers({ ...answers, [q.key]: { ...a, ...patch } });
          return (
            <li key={q.key}>
              <fieldset className="review-question">
                <legend>
                  {q.text}
                  {q.classCOnly && <span className="muted small"> (class C, 5.5.4)</span>}
                </legend>
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
      <SignaturePasswordField
        meaning="By entering your password you sign this record as its reviewer."
        name="password"
        value={password}
        error={passwordError}
        onChange={(value) => {
          setPassword(value);
          setPasswordError(undefined);
        }}
      />
      {error && (
        <p className="message message-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button button-primary" aria-disabled={busy || undefined} onClick={() => void record()}>
          Record and sign
        </button>
        <DialogCancel />
      </div>
    </Dialog>
  );
}
