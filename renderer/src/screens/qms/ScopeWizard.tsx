import { useState } from 'react';
import type { QmsOverview } from '../../../../shared/api/qms-types';
import { ISO_13485_CLAUSES } from '../../../../shared/qms/clauses';
import { mayBeExcluded, mayBeNotApplicable, SCOPE_QUESTIONS, type ScopeAnswers, type ScopeStatus } from '../../../../shared/qms/scope';
import { LIMITS } from '../../../../shared/domain/limits';
import { FORM_ERROR, messageOf } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { useForm } from '../../hooks/use-form';
import { useQmsStore } from '../../stores/qms-store';
import { STATUS_WORDS } from './qms-words';

interface ScopeWizardProps {
  overview: QmsOverview;
  onSaved(message: string): void;
  onError(message: string): void;
}

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

type Answers = Partial<Record<keyof ScopeAnswers, 'yes' | 'no'>>;

function initialAnswers(saved: ScopeAnswers | null): Answers {
  if (!saved) return {};
  return Object.fromEntries(SCOPE_QUESTIONS.map((q) => [q.key, saved[q.key] ? 'yes' : 'no']));
}

/** Step 2: what the company does decides which clauses apply; each clause left out carries its justification. */
export function ScopeWizard({ overview, onSaved, onError }: ScopeWizardProps) {
  const applyScope = useQmsStore((state) => state.applyScope);
  const setClause = useQmsStore((state) => state.setClause);
  const [answers, setAnswers] = useState<Answers>(() => initialAnswers(overview.scopeAnswers));
  const [busy, setBusy] = useState(false);
  const unanswered = SCOPE_QUESTIONS.filter((q) => !answers[q.key]);
  const form = useForm({ clause: '7.5.4', status: 'not_applicable', justification: '' });
  const choosable = ISO_13485_CLAUSES.filter((c) => mayBeNotApplicable(c.clause));
  const statuses = (['applies', 'not_applicable', 'excluded'] as ScopeStatus[]).filter((s) => s !== 'excluded' || mayBeExcluded(form.values.clause));

  async function apply() {
    if (unanswered.length) {
      onError(`Answer every question first: ${unanswered.map((q) => q.question).join(' ')}`);
      return;
    }
    setBusy(true);
    try {
      await applyScope(Object.fromEntries(SCOPE_QUESTIONS.map((q) => [q.key, answers[q.key] === 'yes'])) as unknown as ScopeAnswers);
      onSaved('Scope saved: the clauses the answers decide are set.');
    } catch (caught) {
      onError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <section className="card" aria-labelledby="qms-scope-title">
        <h2 id="qms-scope-title">What does the company do?</h2>
        <p className="muted">
          ISO 13485 lets a company leave out requirements of clauses 6, 7 and 8 that its activities or devices do not call for. The quality manual must say which, and why (4.2.2).
        </p>
        {SCOPE_QUESTIONS.map((q) => (
          <RadioGroup
            key={q.key}
            legend={q.question}
            help={q.help}
            name={q.key}
            options={YES_NO}
            value={answers[q.key] ?? ''}
            onChange={(value) => setAnswers({ ...answers, [q.key]: value as 'yes' | 'no' })}
          />
        ))}
        <div className="button-row">
          <button type="button" className="button button-primary" aria-disabled={busy || undefined} onClick={() => void apply()}>
            Apply answers to the scope
          </button>
        </div>
      </section>
      <section className="card" aria-labelledby="qms-not-applied-title">
        <h2 id="qms-not-applied-title">Clauses not applied</h2>
        <table className="table">
          <caption className="visually-hidden">Clauses not applied, with their justification</caption>
          <thead>
            <tr>
              <th scope="col">Clause</th>
              <th scope="col">Decision</th>
              <th scope="col">Justification</th>
            </tr>
          </thead>
          <tbody>
            {overview.scope.length === 0 ? (
              <tr>
                <td colSpan={3} className="muted">
                  Every clause applies.
                </td>
              </tr>
            ) : (
              overview.scope.map((d) => (
                <tr key={d.clause} data-testid={`scope-${d.clause}`}>
                  <th scope="row">
                    {d.clause} {d.title}
                  </th>
                  <td>{STATUS_WORDS[d.status]}</td>
                  <td>{d.justification}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
        <h3>Change one clause</h3>
        <form
          noValidate
          onSubmit={(event) =>
            void form.submit(
              event,
              () => ({}),
              async (values) => {
                await setClause({ clause: values.clause, status: values.status as ScopeStatus, justification: values.justification });
                onSaved(`${values.clause} saved.`);
              },
            )
          }
        >
          <div className="field-grid">
            <SelectField label="Clause" options={choosable.map((c) => ({ value: c.clause, label: `${c.clause} ${c.title}` }))} {...form.field('clause')} />
            <SelectField label="Decision" options={statuses.map((s) => ({ value: s, label: STATUS_WORDS[s] }))} {...form.field('status')} />
          </div>
          <TextAreaField
            label="Justification"
            rows={2}
            maxLength={LIMITS.text}
            hint="Printed in the quality manual. Not needed when the clause applies."
            {...form.field('justification')}
          />
          <FormError message={form.errors[FORM_ERROR]} />
          <div className="button-row">
            <SubmitButton busy={form.busy} busyLabel="Saving…" variant="plain">
              Save clause decision
            </SubmitButton>
          </div>
        </form>
      </section>
    </div>
  );
}
