import { useEffect, useState } from 'react';
import type { InputOf } from '../../../../shared/api/contract';
import { fieldErrorsFrom, FORM_ERROR, messageOf, type FieldErrors } from '../../api/field-errors';
import { RadioGroup } from '../../components/RadioGroup';
import { useRegulatoryStore } from '../../stores/regulatory-store';
import { liveResult, resultHeadline } from './helper-result';
import { answersFor, FDA_QUESTIONS, MDR_QUESTIONS, visibleQuestions, type HelperQuestion } from './regulatory-questions';

interface HelperProps {
  kind: 'mdr' | 'fda';
}

const TITLES = { mdr: 'EU MDR classification helper', fda: 'FDA documentation level helper' } as const;
const INTRO = {
  mdr: 'Annex VIII implementing rules 3.3 and 3.5 and Rule 11. The result follows your answers as you give them; only "Record this assessment" keeps it, with who ran it and when. Record it again whenever the intended purpose changes.',
  fda: 'The June 2023 guidance on software in premarket submissions: Basic or Enhanced documentation. The result follows your answers; only "Record this assessment" keeps it, with who ran it and when.',
} as const;

/** A guided helper: path-dependent questions, a derived result with its rationale, and the assessments on record. */
export function RegulatoryHelperCard({ kind }: HelperProps) {
  const questions: HelperQuestion[] = kind === 'mdr' ? MDR_QUESTIONS : FDA_QUESTIONS;
  const assessments = useRegulatoryStore((state) => state.assessments);
  const load = useRegulatoryStore((state) => state.load);
  const assessMdr = useRegulatoryStore((state) => state.assessMdr);
  const assessFda = useRegulatoryStore((state) => state.assessFda);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    load().catch((caught: unknown) => setErrors({ [FORM_ERROR]: messageOf(caught) }));
  }, [load]);

  const history = assessments?.[kind] ?? [];
  const latest = history[0];
  const live = liveResult(kind, answersFor(questions, answers));

  async function run() {
    setBusy(true);
    setErrors({});
    try {
      // Built from the question list, so its keys are the contract's; the core validates the values.
      const payload = answersFor(questions, answers);
      if (kind === 'mdr') await assessMdr({ answers: payload as InputOf<'regulatory.assessMdr'>['answers'] });
      else await assessFda({ answers: payload as InputOf<'regulatory.assessFda'>['answers'] });
    } catch (caught) {
      // The core names answer fields `answers.<key>`; each question shows its own.
      const shown = visibleQuestions(questions, answers).map((q) => `answers.${q.key}`);
      const byField = fieldErrorsFrom(caught, shown);
      setErrors(Object.fromEntries(Object.entries(byField).map(([field, message]) => [field.replace(/^answers\./, ''), message])));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby={`${kind}-helper-title`}>
      <h2 id={`${kind}-helper-title`}>{TITLES[kind]}</h2>
      <p className="muted">{INTRO[kind]}</p>
      {errors[FORM_ERROR] && (
        <p className="message message-error" role="alert">
          {errors[FORM_ERROR]}
        </p>
      )}
      {visibleQuestions(questions, answers).map((q) => (
        <RadioGroup
          key={q.key}
          legend={q.legend}
          help={q.help}
          name={`${kind}-${q.key}`}
          options={q.options}
          value={answers[q.key] ?? ''}
          {...(errors[q.key] ? { error: errors[q.key] } : {})}
          onChange={(value) => setAnswers((current) => ({ ...current, [q.key]: value }))}
        />
      ))}
      <div className="derived-class" aria-live="polite" data-testid={`${kind}-live`}>
        {live.kind === 'result' ? (
          <>
            <p>
              Result of these answers: <strong>{resultHeadline(live.result)}</strong> <span className="muted small">(not recorded yet)</span>
            </p>
            {'rules' in live.result && live.result.rules.length > 0 && <p className="small">Rules applied: {live.result.rules.join(', ')}</p>}
            <p className="small">{live.result.rationale}</p>
            {'advisories' in live.result &&
              live.result.advisories.map((a) => (
                <p key={a.flag} className="small message message-info">
                  {a.message}
                </p>
              ))}
          </>
        ) : live.kind === 'contradiction' ? (
          <p className="message message-error">{live.message}</p>
        ) : (
          <p className="muted small">The result appears here once the questions on this path are answered.</p>
        )}
      </div>
      <button type="button" className="button button-primary" disabled={busy || live.kind !== 'result'} onClick={() => void run()}>
        {busy ? 'Recording…' : 'Record this assessment'}
      </button>
      {latest && (
        <p className="small" data-testid={`${kind}-result`}>
          Last recorded: <strong>{resultHeadline(latest.result)}</strong>, {latest.decidedAt.slice(0, 10)} by {latest.decidedBy}; {history.length} assessment
          {history.length === 1 ? '' : 's'} on record.
        </p>
      )}
    </section>
  );
}
